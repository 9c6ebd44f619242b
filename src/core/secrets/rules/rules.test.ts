import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksummedToken } from '../sample.js';
import { createScanner } from '../scanner.js';
import { RULE_MODULES, RULES } from './index.js';

const scanner = createScanner(RULES);
const scan = (text: string) => scanner.scan({ path: 'example.txt', text });

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it('finds each of its true positives exactly once, under its own id', () => {
    const positives = rule.examples.truePositives();
    expect(positives.length).toBeGreaterThan(0);
    for (const line of positives) {
      const findings = scan(line);
      expect(
        findings.map((f) => f.ruleId),
        line,
      ).toEqual([rule.id]);
    }
  });

  it('reports none of its false positives', () => {
    expect(rule.examples.falsePositives.length).toBeGreaterThan(0);
    for (const line of rule.examples.falsePositives) {
      expect(scan(line), line).toEqual([]);
    }
  });

  it('finds the same in a file read as UTF-8 bytes as in the decoded text', () => {
    // Non-ASCII before the line, before the value on its line and after it: positions, columns
    // and secrets must not shift when every such character is several bytes.
    const variants = (line: string) => [
      `// Schlüssel für 日本 — ✓\n${line}`,
      `# clé ✓ ${line}`,
      `${line} # naïve ✓ 😀`,
    ];
    const lines = [...rule.examples.truePositives(), ...rule.examples.falsePositives];
    for (const text of lines.flatMap(variants)) {
      const asBytes = Buffer.from(text, 'utf8').toString('latin1');
      expect(scanner.scan({ path: 'example.txt', text: asBytes, utf8Bytes: true }), text).toEqual(scan(text));
    }
  });

  it('is well-formed', () => {
    expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(rule.pattern.source).toContain('(?<secret>');
    expect(rule.keywords.length).toBeGreaterThan(0);
    for (const keyword of rule.keywords) expect(keyword).toBe(keyword.toLowerCase());
    expect(rule.remediation.summary.length).toBeGreaterThan(20);
  });
});

describe('checksummed tokens', () => {
  it.each(['ghp_', 'gho_', 'ghu_', 'ghs_', 'npm_'])(
    'reports a %s token whose checksum holds, as structure-checked, and drops one whose checksum fails',
    (prefix) => {
      const token = checksummedToken(prefix);
      const last = token.at(-1) === 'A' ? 'B' : 'A';
      const broken = token.slice(0, -1) + last;

      expect(scan(`TOKEN=${token}`).map((f) => f.confidence)).toEqual(['structure']);
      expect(scan(`TOKEN=${broken}`)).toEqual([]);
    },
  );
});

describe('the registry', () => {
  it('has unique ids', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('registers every rule file', () => {
    const files = readdirSync(new URL('.', import.meta.url))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'index.ts')
      .map((file) => basename(file, '.ts').replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()));
    expect(Object.keys(RULE_MODULES).sort()).toEqual(files.sort());
  });
});
