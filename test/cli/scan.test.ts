import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { checksummedToken } from '../../src/core/secrets/sample.js';
import { runWarden } from '../helpers/run-warden.js';
import { tempDir } from '../helpers/temp-dir.js';

const ghp = () => checksummedToken('ghp_');

describe('warden scan PATH', () => {
  it('finds a secret in a folder and exits 1, reporting path, line and rule', async () => {
    const secret = ghp();
    const cwd = tempDir({
      'src/deploy.sh': `#!/bin/sh\nexport GITHUB_TOKEN=${secret}\n`,
      'README.md': '# clean\n',
    });

    const run = await runWarden(['scan', '.'], { cwd });

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('src/deploy.sh:2:21');
    expect(run.stdout).toContain('[github-pat]');
    expect(run.stdout).toContain('1 secret found (1 critical). Scanned 2 files');
    expect(run.stdout).not.toContain(secret);
  });

  it('exits 0 on a clean folder', async () => {
    const cwd = tempDir({ 'a.ts': 'export const x = 1;\n' });

    const run = await runWarden(['scan'], { cwd });

    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('No secrets found');
  });

  it('respects .gitignore unless told not to, and says which files it skipped and why', async () => {
    const cwd = tempDir({
      '.gitignore': 'build/\n*.log\n',
      'build/out.js': `t="${ghp()}"`,
      'debug.log': `t=${ghp()}`,
      'nested/.gitignore': 'secret.txt\n',
      'nested/secret.txt': `t=${ghp()}`,
      'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, ...Buffer.from(ghp())]),
      'big.txt': `${'x'.repeat(3 * 1024)}\n${ghp()}`,
      '.github/warden.yml': 'secrets:\n  max_file_size_kb: 2\n',
    });

    const honoured = await runWarden(['scan', '--format', 'json'], { cwd });
    const all = await runWarden(['scan', '--no-gitignore', '--format', 'json'], { cwd });

    const report = JSON.parse(honoured.stdout);
    expect(honoured.code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.skipped).toEqual([
      { path: 'big.txt', reason: 'too-large', detail: '4 KiB > 2 KiB limit' },
      { path: 'image.png', reason: 'binary' },
    ]);
    expect(
      JSON.parse(all.stdout)
        .findings.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['build/out.js', 'debug.log', 'nested/secret.txt']);
  });

  it('skips config ignore_paths, drops disabled rules and applies --fail-on', async () => {
    const cwd = tempDir({
      'fixtures/token.txt': ghp(),
      'app.env': `TOKEN=${ghp()}`,
      'warden.yml': 'secrets:\n  ignore_paths: ["fixtures/"]\n',
      'off.yml': 'secrets:\n  disable_rules: [github-pat]\n',
    });

    const ignored = await runWarden(['scan', '--config', 'warden.yml', '--format', 'json'], { cwd });
    const disabled = await runWarden(['scan', '--config', 'off.yml', '--format', 'json'], { cwd });
    const never = await runWarden(['scan', '--config', 'warden.yml', '--fail-on', 'never'], { cwd });

    expect(JSON.parse(ignored.stdout).findings.map((f: { path: string }) => f.path)).toEqual(['app.env']);
    expect(JSON.parse(ignored.stdout).skipped).toContainEqual({
      path: 'fixtures',
      reason: 'ignored',
      detail: 'secrets.ignore_paths',
    });
    expect(disabled.code).toBe(0);
    expect(never.code).toBe(0);
    expect(never.stdout).toContain('1 secret found');
  });

  it('scans a folder named by an absolute path, applying ignore_paths within it', async () => {
    const target = tempDir({ 'vendor/a.env': `A=${ghp()}`, 'src/b.env': `B=${ghp()}` });
    const cwd = tempDir({ 'warden.yml': 'secrets:\n  ignore_paths: [vendor/]\n' });

    const run = await runWarden(['scan', target, '--config', 'warden.yml', '--format', 'json'], { cwd });

    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).findings.map((f: { path: string }) => f.path)).toEqual([
      `${target}/src/b.env`,
    ]);
  });

  it('reports a private key at its BEGIN line, through its END line', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString().trim();
    const cwd = tempDir({ 'deploy/id_rsa': `# deploy key\n\n${pem}\n` });

    const run = await runWarden(['scan', '--format', 'json'], { cwd });

    const [finding] = JSON.parse(run.stdout).findings;
    expect(finding).toMatchObject({
      ruleId: 'pem-rsa-private-key',
      line: 3,
      column: 1,
      endLine: 3 + pem.split('\n').length - 1,
      confidence: 'structure',
    });
    expect(run.stdout).not.toContain(pem.split('\n')[1]);
  });

  it('writes a baseline and then reports only new findings', async () => {
    const cwd = tempDir({ 'old.env': `A=${ghp()}` });

    const written = await runWarden(['scan', '--write-baseline', 'baseline.json'], { cwd });
    writeFileSync(join(cwd, 'new.env'), `B=${ghp()}`);
    const run = await runWarden(['scan', '--baseline', 'baseline.json', '--format', 'json'], { cwd });

    expect(written.code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'baseline.json'), 'utf8')).findings).toHaveLength(1);
    expect(JSON.parse(run.stdout).findings.map((f: { path: string }) => f.path)).toEqual(['new.env']);
    expect(JSON.parse(run.stdout).baselined).toBe(1);
  });

  it('writes the report to --output', async () => {
    const cwd = tempDir({ 'a.env': `A=${ghp()}` });

    const run = await runWarden(['scan', '--format', 'json', '--output', 'report.json'], { cwd });

    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8')).findings).toHaveLength(1);
  });
});

describe('warden scan --diff and --git', () => {
  it('scans only the added lines of a diff file or stdin', async () => {
    const added = ghp();
    const diff = [
      '--- a/app.env',
      '+++ b/app.env',
      '@@ -4,2 +4,2 @@',
      ` KEEP=1`,
      `-OLD=${ghp()}`,
      `+NEW=${added}`,
    ].join('\n');
    const cwd = tempDir({ 'change.diff': diff });

    const fromFile = await runWarden(['scan', '--diff', 'change.diff', '--format', 'json'], { cwd });
    const fromStdin = await runWarden(['scan', '--diff', '-', '--format', 'json'], { cwd, stdin: diff });

    for (const run of [fromFile, fromStdin]) {
      expect(run.code).toBe(1);
      expect(
        JSON.parse(run.stdout).findings.map((f: { path: string; line: number }) => [f.path, f.line]),
      ).toEqual([['app.env', 5]]);
    }
  });

  it('scans what each commit of a range added, naming the commit, even when later removed', async () => {
    const cwd = tempDir({ 'README.md': 'hello\n' });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd,
        encoding: 'utf8',
      }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'init');
    writeFileSync(join(cwd, 'deploy.env'), `TOKEN=${ghp()}\n`);
    git('add', '.');
    git('commit', '-qm', 'add token');
    const leaking = git('rev-parse', 'HEAD');
    writeFileSync(join(cwd, 'deploy.env'), 'TOKEN=\n');
    git('commit', '-qam', 'remove token');

    const run = await runWarden(['scan', '--git', 'HEAD~2..HEAD', '--format', 'json'], { cwd });
    const bad = await runWarden(['scan', '--git', 'no-such-ref'], { cwd });

    expect(run.code).toBe(1);
    expect(
      JSON.parse(run.stdout).findings.map((f: { commit: string; line: number }) => [f.commit, f.line]),
    ).toEqual([[leaking, 1]]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/git log no-such-ref failed/);
  });
});

describe('warden scan errors', () => {
  it.each([
    [['scan', 'missing-folder'], /no such file or folder: .*missing-folder/],
    [['scan', '--format', 'xml'], /--format must be one of text, json, sarif \(got 'xml'\)/],
    [['scan', '--fail-on', 'severe'], /--fail-on must be one of critical, high, medium, low, never/],
    [['scan', '--bogus'], /Unknown option '--bogus'/],
    [['scan', '--diff', 'nope.diff'], /cannot read diff nope.diff: ENOENT/],
    [['scan', '--baseline', 'nope.json'], /cannot read baseline nope.json/],
    [['scan', '.', '--git', 'HEAD'], /choose one of PATH..., --diff or --git/],
    [['scan', '--jobs', '0'], /--jobs takes a whole number/],
  ])('%j exits 2 with a clear message', async (argv, message) => {
    const run = await runWarden(argv, { cwd: tempDir({ 'a.txt': 'x' }) });

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('lists every config problem at once, with key paths and lines', async () => {
    const cwd = tempDir({
      '.github/warden.yml': [
        'secrets:',
        '  fail_on: severe',
        '  ignore_path: [a]',
        '  max_file_size_kb: -1',
        'unknown_section: {}',
      ].join('\n'),
    });

    const run = await runWarden(['scan'], { cwd });

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.github/warden.yml is not a valid Warden config (4 problems)');
    expect(run.stderr).toMatch(/secrets\.fail_on \(line 2\): /);
    expect(run.stderr).toMatch(/secrets\.ignore_path \(line 3\): unknown key/);
    expect(run.stderr).toMatch(/secrets\.max_file_size_kb \(line 4\): /);
    expect(run.stderr).toMatch(/unknown_section \(line 5\): unknown key/);
  });

  it('reports broken YAML with its line', async () => {
    const cwd = tempDir({ 'bad.yml': 'secrets:\n  fail_on: [high\n' });

    const run = await runWarden(['scan', '--config', 'bad.yml'], { cwd });

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.yml is not a valid Warden config .*\n {2}\(yaml\) \(line \d\): /);
  });
});

describe('warden scan --format sarif', () => {
  it('validates against the SARIF 2.1.0 schema and carries what code scanning needs', async () => {
    const cwd = tempDir({ 'src/a.ts': `const t = "${ghp()}";\n` });
    const schema = JSON.parse(
      readFileSync(
        new URL(
          '../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
          import.meta.url,
        ),
        'utf8',
      ),
    );
    // Both packages are CommonJS: their ESM default import is the module, the class is `.default`.
    const validate = ajvFormats
      .default(new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false }))
      .compile(schema);

    const run = await runWarden(['scan', '--format', 'sarif'], { cwd });
    const sarif = JSON.parse(run.stdout);

    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const [result] = sarif.runs[0].results;
    expect(result).toMatchObject({
      ruleId: 'github-pat',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'src/a.ts' },
            region: { startLine: 1, startColumn: 12 },
          },
        },
      ],
    });
    expect(result.partialFingerprints['wardenFingerprint/v1']).toMatch(/^github-pat:src\/a\.ts:/);
    const rule = sarif.runs[0].tool.driver.rules[result.ruleIndex];
    expect(rule.id).toBe('github-pat');
    expect(rule.help.text.length).toBeGreaterThan(20);
    expect(rule.properties['security-severity']).toBe('9.5');
  });
});
