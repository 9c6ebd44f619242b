import { describe, expect, it } from 'vitest';
import { ALNUM, sample } from './sample.js';
import { scanDiffText } from './scan-diff.js';
import { createScanner, type ScanStats } from './scanner.js';
import type { SecretRule } from './secret-rule.js';

const examples = { truePositives: () => [], falsePositives: [] };
const remediation = { summary: 'Revoke the test token and issue a new one.' };

const tokenRule: SecretRule = {
  id: 'test-token',
  title: 'Test token',
  provider: 'Test',
  severity: 'high',
  keywords: ['tkn_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>tkn_[A-Za-z0-9]{32})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  remediation,
  examples,
};

const genericRule: SecretRule = {
  id: 'test-generic',
  title: 'Generic key',
  provider: 'Generic',
  severity: 'medium',
  keywords: ['key'],
  pattern: /key\s*=\s*"(?<secret>[^"\s]{12,})"/,
  confidence: 'generic',
  remediation,
  examples,
};

const blockRule: SecretRule = {
  id: 'test-block',
  title: 'Test block',
  provider: 'Test',
  severity: 'critical',
  keywords: ['begin test block'],
  multiline: true,
  pattern: /(?<secret>BEGIN TEST BLOCK\n(?:[A-Za-z0-9]{8,64}\n){1,40}END TEST BLOCK)/,
  validate: (secret) => (secret.includes('\nAAAA') ? 'rejected' : 'confirmed'),
  remediation,
  examples,
};

const scanner = createScanner([tokenRule, genericRule, blockRule]);
const token = () => sample('tkn_', ALNUM, 32);

describe('createScanner', () => {
  it('reports the line and columns of the secret itself, and never the secret', () => {
    const secret = token();
    const text = `first line\n  const t = "${secret}";\nlast`;

    const [finding, ...rest] = scanner.scan({ path: 'src/a.ts', text });

    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'test-token',
      line: 2,
      column: 14,
      endLine: 2,
      endColumn: 14 + 36,
    });
    expect(finding!.redacted).toBe('tkn_…');
    expect(finding!.fingerprint).toMatch(/^test-token:src\/a\.ts:[0-9a-f]{32}$/);
    expect(JSON.stringify(finding)).not.toContain(secret.slice(4));
  });

  it('gives the same fingerprint to the same secret wherever it moves in a file', () => {
    const secret = token();
    const a = scanner.scan({ path: 'x', text: `a=${secret}` });
    const b = scanner.scan({ path: 'x', text: `\n\n  b = ${secret}` });

    expect(a[0]!.fingerprint).toBe(b[0]!.fingerprint);
    expect(a[0]!.line).not.toBe(b[0]!.line);
  });

  it('matches keywords in any case and honours warden:allow on the line', () => {
    const text = [`TOKEN=${token()} # warden:allow`, `// TKN_ upper case keyword: ${token()}`].join('\n');

    expect(scanner.scan({ path: 'x', text }).map((f) => f.line)).toEqual([2]);
  });

  it('drops placeholders and low-entropy values', () => {
    const text = [
      'tkn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'tkn_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab',
      'key = "${API_KEY_FROM_ENV}"',
    ].join('\n');

    expect(scanner.scan({ path: 'x', text })).toEqual([]);
  });

  it('lets a specific rule win over a generic one on the same value', () => {
    const findings = scanner.scan({ path: 'x', text: `key = "${token()}"` });

    expect(findings.map((f) => [f.ruleId, f.confidence])).toEqual([['test-token', 'pattern']]);
  });

  it('finds multi-line secrets, and confirms or rejects them by structure', () => {
    const body = Array.from({ length: 5 }, () => sample('', ALNUM, 40)).join('\n');
    const text = `x\nBEGIN TEST BLOCK\n${body}\nEND TEST BLOCK\ny\nBEGIN TEST BLOCK\nAAAA${body}\nEND TEST BLOCK`;

    const findings = scanner.scan({ path: 'k.pem', text });

    expect(findings.map((f) => [f.line, f.endLine, f.confidence])).toEqual([[2, 8, 'structure']]);
  });

  it('finds a token cut by the search window of a very long line', () => {
    const secrets = [token(), token(), token()];
    const filler = (n: number) => 'a'.repeat(n);
    const line = `${filler(5000)}"${secrets[0]}"${filler(2000)}"${secrets[1]}"${filler(30)}"${secrets[2]}"${filler(5000)}`;

    expect(scanner.scan({ path: 'bundle.min.js', text: line })).toHaveLength(3);
  });

  it('does bounded work on megabytes of near-matches on one line', () => {
    const nearMisses = ['tkn_short ', 'key = "', 'BEGIN TEST BLOCK\n'.replace('\n', ' ')];
    for (const unit of nearMisses) {
      const text = unit.repeat(Math.ceil(3_000_000 / unit.length));
      const stats: ScanStats = { regexChars: 0, regexRuns: 0 };

      expect(scanner.scan({ path: 'evil.txt', text }, stats)).toEqual([]);

      // Each rule reads a window at most ~5 times per window length of text, whatever the input.
      expect(stats.regexChars).toBeLessThan(text.length * 6);
    }
  });

  it("runs a rule's pattern only where its gate occurs", () => {
    const gated = createScanner([{ ...genericRule, gate: /=/ }]);
    const withoutGate: ScanStats = { regexChars: 0, regexRuns: 0 };
    const withGate: ScanStats = { regexChars: 0, regexRuns: 0 };

    gated.scan({ path: 'x', text: 'function key(a, b) { return a + b }' }, withoutGate);
    const findings = gated.scan({ path: 'x', text: `key = "${token()}"` }, withGate);

    expect(withoutGate.regexRuns).toBe(0);
    expect(withGate.regexRuns).toBe(1);
    expect(findings).toHaveLength(1);
    // The gate keeps no state between scans (a global regex would alternate hit and miss).
    const text = `key = "${token()}"`;
    expect([1, 2, 3].map(() => gated.scan({ path: 'x', text }).length)).toEqual([1, 1, 1]);
  });

  describe('anchored rules', () => {
    // Names ending in `key`, checked behind the anchor: the engine tries the pattern once per
    // name that holds the keyword, right where the name ends.
    const nameRule: SecretRule = {
      ...genericRule,
      id: 'test-name-end',
      anchor: 'word-end',
      firstChars: ' =',
      pattern: /(?<=(?<![\w.-])[\w.-]{0,40}key)[ ]?=[ ]?"(?<secret>[^"\s]{12,})"/,
    };
    const prefixRule: SecretRule = {
      ...tokenRule,
      id: 'test-prefix',
      keywords: ['tk'],
      anchor: 'keyword',
      firstChars: 'T',
      pattern: /(?<![A-Za-z0-9_])(?<secret>TK[0-9a-f]{32})(?![A-Za-z0-9_])/,
    };
    const anchored = createScanner([nameRule, prefixRule]);

    it('finds a value after a name that ends in its keyword, wherever the keyword sits in it', () => {
      const value = sample('', ALNUM, 24);
      const lines = [`db.api_key = "${value}"`, `keyring.key="${value}"`, `monkey_key = "${value}"`];

      for (const text of lines) {
        expect(
          anchored.scan({ path: 'x', text }).map((f) => f.ruleId),
          text,
        ).toEqual(['test-name-end']);
      }
      // The name does not end in `key`, or the value does not follow the name.
      expect(anchored.scan({ path: 'x', text: `keyboard = "${value}"` })).toEqual([]);
      expect(anchored.scan({ path: 'x', text: `key("${value}")` })).toEqual([]);
    });

    it('tries a keyword anchor only where one of its first characters starts the keyword', () => {
      const sid = `TK${sample('', '0123456789abcdef', 32)}`;
      const stats: ScanStats = { regexChars: 0, regexRuns: 0 };

      const findings = anchored.scan({ path: 'x', text: `tasks tk tk ${sid}` }, stats);

      expect(findings.map((f) => [f.ruleId, f.column])).toEqual([['test-prefix', 13]]);
      // Three `tk` hits; only the upper-case one reached the pattern.
      expect(stats.regexRuns).toBe(1);
      expect(stats.regexChars).toBe(0);
    });

    it('measures a long name once, not once per keyword inside it', () => {
      const text = `${'key'.repeat(1_000_000)} = "${sample('', ALNUM, 24)}"`;
      const stats: ScanStats = { regexChars: 0, regexRuns: 0 };

      // The name is longer than the pattern allows, so nothing is found, and each of the
      // million hits shares one anchor: one run, not a million.
      expect(anchored.scan({ path: 'x', text }, stats)).toEqual([]);
      expect(stats.regexRuns).toBe(1);
    });

    it('refuses rule shapes it cannot run', () => {
      expect(() => createScanner([{ ...blockRule, anchor: 'keyword' }])).toThrow(/multi-line/);
      expect(() => createScanner([{ ...tokenRule, firstChars: 't' }])).toThrow(/needs an anchor/);
      expect(() => createScanner([{ ...tokenRule, anchor: 'keyword', firstChars: 'tτ' }])).toThrow(/ASCII/);
    });
  });

  it('reports the same from UTF-8 bytes as from decoded text, non-ASCII secrets included', () => {
    const anyValueRule: SecretRule = {
      ...genericRule,
      id: 'test-any-value',
      keywords: ['secret='],
      pattern: /secret=(?<secret>\S{8,})/,
      confidence: 'pattern',
    };
    const anyValue = createScanner([anyValueRule]);
    const text = 'naïve ✓ 日本\n  ✓ secret=Pässwört-Ünïcode-42 ✓';
    const decoded = anyValue.scan({ path: 'a.txt', text });
    const fromBytes = anyValue.scan({
      path: 'a.txt',
      text: Buffer.from(text, 'utf8').toString('latin1'),
      utf8Bytes: true,
    });
    expect(decoded).toHaveLength(1);
    expect(decoded[0]).toMatchObject({ line: 2, column: 12, endColumn: 31, redacted: 'Päss…' });
    expect(fromBytes).toEqual(decoded);
  });

  it('maps diff findings to new-file lines and ignores removed lines', () => {
    const added = token();
    const removed = token();
    const diff = [
      'diff --git a/config/app.env b/config/app.env',
      '--- a/config/app.env',
      '+++ b/config/app.env',
      '@@ -10,3 +10,3 @@',
      ' A=1',
      `-OLD=${removed}`,
      `+NEW=${added}`,
      ' B=2',
    ].join('\n');

    const findings = scanDiffText(scanner, diff);

    expect(findings.map((f) => [f.path, f.line, f.column])).toEqual([['config/app.env', 11, 5]]);
  });

  it('finds a multi-line secret that straddles a diff chunk boundary exactly once', () => {
    const body = Array.from({ length: 10 }, () => sample('', ALNUM, 40));
    const filler = Array.from({ length: 300 }, (_, i) => `+filler line ${i}`);
    const diff = [
      '--- /dev/null',
      '+++ b/keys.txt',
      '@@ -0,0 +1,312 @@',
      ...filler.slice(0, 150),
      '+BEGIN TEST BLOCK',
      ...body.map((line) => `+${line}`),
      '+END TEST BLOCK',
      ...filler.slice(150),
    ].join('\n');

    for (const chunkChars of [500, 2000, 3000, 1 << 20]) {
      const findings = scanDiffText(scanner, diff, { chunkChars, overlapLines: 20 });
      expect(
        findings.map((f) => [f.line, f.endLine]),
        `chunkChars ${chunkChars}`,
      ).toEqual([[151, 162]]);
    }
  });
});
