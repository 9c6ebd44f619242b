import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeIo } from '../../../test/helpers/fake-io.js';
import { securityMdCommand } from './security-md.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/security-md/', import.meta.url));

let repo: string;

beforeEach(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'warden-security-md-'));
});

afterEach(async () => {
  await rm(repo, { recursive: true, force: true });
});

const GOOD = 'Report privately to security@acme.io.\n\nWe acknowledge reports within 3 business days.\n';

describe('warden security-md', () => {
  it('prints the parsed policy as JSON and exits 0 when clean', async () => {
    await writeFile(path.join(repo, 'SECURITY.md'), GOOD);
    const { io, out } = fakeIo(repo);

    const code = await securityMdCommand.run(['--format', 'json'], io);

    expect(code).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(Object.keys(report)).toEqual([
      'path',
      'contacts',
      'placeholders',
      'supportedVersions',
      'responseTargets',
      'promises',
      'findings',
    ]);
    expect(report.path).toBe('SECURITY.md');
    expect(report.contacts).toEqual([{ type: 'email', value: 'security@acme.io' }]);
    expect(report.responseTargets).toEqual({
      acknowledgeHours: 72,
      triageDays: null,
      fixDays: { critical: null, high: null, medium: null, low: null, default: null },
      disclosureDays: null,
      businessDays: true,
    });
    expect(report.findings).toEqual([]);
  });

  it('looks in .github/ then docs/ as GitHub does', async () => {
    await mkdir(path.join(repo, 'docs'));
    await mkdir(path.join(repo, '.github'));
    await writeFile(path.join(repo, 'docs', 'SECURITY.md'), 'docs');
    await writeFile(path.join(repo, '.github', 'security.md'), GOOD);
    const { io, out } = fakeIo(repo);

    await securityMdCommand.run([repo, '--format', 'json'], io);

    expect(JSON.parse(out.stdout).path).toBe('.github/security.md');
  });

  it('exits 1 on an error finding and prints findings with fixes as text by default', async () => {
    const { io, out } = fakeIo(FIXTURES);

    const code = await securityMdCommand.run(['contacts-to-be-defined.md'], io);

    expect(code).toBe(1);
    expect(out.stdout).toContain('error   no-private-channel');
    expect(out.stdout).toContain('error   placeholder-contact line 79');
    expect(out.stdout).toContain('fix: ');
    expect(out.stdout).toContain('acknowledge       48 hours (line 82)');
  });

  it('exits 0 with warnings only', async () => {
    await writeFile(path.join(repo, 'SECURITY.md'), `${GOOD}\nWe aim to respond within 24 hours.\n`);
    const { io, out } = fakeIo(repo);

    const code = await securityMdCommand.run([], io);

    expect(code).toBe(0);
    expect(out.stdout).toContain('warning conflicting-targets line 5');
  });

  it('exits 1 when a folder has no SECURITY.md', async () => {
    const { io, out } = fakeIo(repo);

    const code = await securityMdCommand.run(['--format', 'json'], io);

    expect(code).toBe(1);
    expect(JSON.parse(out.stdout)).toMatchObject({ path: null, findings: [{ id: 'missing-security-md' }] });
  });

  it('takes the private vulnerability reporting fact', async () => {
    const file = path.join(repo, 'SECURITY.md');
    await writeFile(file, 'Use GitHub private vulnerability reporting.\n\nWe respond within 2 days.\n');
    const { io, out } = fakeIo(repo);

    const off = await securityMdCommand.run([file, '--private-reporting', 'off'], io);
    const on = await securityMdCommand.run([file, '--private-reporting', 'on'], io);

    expect(off).toBe(1);
    expect(on).toBe(0);
    expect(out.stdout).toContain('private-reporting-disabled');
  });

  it.each([
    [['--format', 'xml'], '--format must be text or json'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['a', 'b'], 'at most one PATH'],
    [['missing.md'], 'no such file or folder: missing.md'],
    [['--private-reporting', 'maybe'], '--private-reporting must be on or off'],
  ])('exits 2 on %j', async (argv, message) => {
    const { io, out } = fakeIo(repo);

    const code = await securityMdCommand.run(argv, io);

    expect(code).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stdout).toBe('');
  });
});

describe('warden security-md --help', () => {
  it('prints the usage and exits 0', async () => {
    const { io, out } = fakeIo(repo);

    expect(await securityMdCommand.run(['--help'], io)).toBe(0);
    expect(out.stdout).toContain('Usage: warden security-md');
  });
});
