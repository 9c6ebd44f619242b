import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeIo } from '../../../test/helpers/fake-io.js';
import { slaCommand } from './sla.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'warden-sla-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: unknown): Promise<string> {
  await writeFile(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return name;
}

const ACKNOWLEDGED = {
  ghsa_id: 'GHSA-1111-2222-3333',
  state: 'draft',
  severity: 'high',
  created_at: '2025-01-06T10:00:00Z', // Monday
  published_at: null,
  closed_at: null,
  warden_transitions: { acknowledged_at: '2025-01-07T09:00:00Z' },
};

describe('warden sla', () => {
  it('prints the JSON the issue describes and exits 0 when nothing is breached', async () => {
    await write('advisories.json', [ACKNOWLEDGED]);
    const { io, out } = fakeIo(dir);

    const code = await slaCommand.run(
      ['--advisories', 'advisories.json', '--now', '2025-01-08T00:00:00Z', '--format', 'json'],
      io,
    );

    expect(code).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report.advisories).toEqual([
      {
        ghsaId: 'GHSA-1111-2222-3333',
        severity: 'high',
        stages: [
          // Mon 10:00 + 3 business days = Thu 9 10:00; acknowledged Tue.
          {
            stage: 'acknowledge',
            start: '2025-01-06T10:00:00Z',
            due: '2025-01-09T10:00:00Z',
            stoppedAt: '2025-01-07T09:00:00Z',
            status: 'met',
          },
          // + 10 business days = Mon 20 10:00.
          {
            stage: 'triage',
            start: '2025-01-06T10:00:00Z',
            due: '2025-01-20T10:00:00Z',
            stoppedAt: null,
            status: 'running',
          },
          // high: + 30 days.
          {
            stage: 'fix',
            start: '2025-01-06T10:00:00Z',
            due: '2025-02-05T10:00:00Z',
            stoppedAt: null,
            status: 'running',
          },
          {
            stage: 'disclose',
            start: '2025-01-06T10:00:00Z',
            due: '2025-04-06T10:00:00Z',
            stoppedAt: null,
            status: 'running',
          },
        ],
      },
    ]);
    expect(report.summary).toMatchObject({
      advisories: 1,
      breachedAdvisories: 0,
      met: 1,
      running: 3,
      breached: 0,
    });
    expect(report.targets.acknowledge).toEqual({
      value: 3,
      unit: 'business_days',
      from: 'report',
      source: 'default',
    });
  });

  it('exits 1 when a stage is breached, and prints text by default', async () => {
    await write('advisories.json', [ACKNOWLEDGED]);
    const { io, out } = fakeIo(dir);

    // Triage was due Mon 20 10:00.
    const code = await slaCommand.run(
      ['--advisories', 'advisories.json', '--now', '2025-01-21T00:00:00Z'],
      io,
    );

    expect(code).toBe(1);
    expect(out.stdout).toContain('GHSA-1111-2222-3333  severity: high');
    expect(out.stdout).toMatch(/triage\s+breached\s+due 2025-01-20T10:00:00Z/);
    expect(out.stdout).toContain('1 with a breached stage');
  });

  it('holds the advisory to SECURITY.md first, then config', async () => {
    await write('advisories.json', [ACKNOWLEDGED]);
    await write(
      'SECURITY.md',
      'Email security@acme.io. We acknowledge within 24 hours. A fix within 30 days of triage.',
    );
    await write(
      'warden.yml',
      'sla:\n  timezone: Europe/Berlin\n  holidays: ["2025-01-08"]\n  targets:\n    acknowledge: { value: 1, unit: business_days }\n    triage: { value: 2, unit: business_days }\n',
    );
    const { io, out } = fakeIo(dir);

    const code = await slaCommand.run(
      [
        '--advisories',
        'advisories.json',
        '--policy',
        'SECURITY.md',
        '--config',
        'warden.yml',
        '--now',
        '2025-01-09T00:00:00Z',
        '--format',
        'json',
      ],
      io,
    );

    const report = JSON.parse(out.stdout);
    expect(report.targets.acknowledge.source).toBe('security-md');
    expect(report.targets.triage.source).toBe('config');
    // Acknowledge: 24 calendar hours from Mon 10:00 = Tue 10:00; acknowledged Tue 09:00.
    expect(report.advisories[0].stages[0]).toMatchObject({ due: '2025-01-07T10:00:00Z', status: 'met' });
    // Triage: Mon 11:00 Berlin + 2 business days, Wed 8 a holiday: Tue(1) Thu(2) = Thu 9 11:00 Berlin = 10:00Z.
    expect(report.advisories[0].stages[1]).toMatchObject({ due: '2025-01-09T10:00:00Z', status: 'due-soon' });
    // Fix counts from triage, which has not happened.
    expect(report.advisories[0].stages[2]).toMatchObject({ stage: 'fix', start: null, status: 'pending' });
    expect(report.timezone).toBe('Europe/Berlin');
    expect(code).toBe(0);
  });

  it('asks for a token when --repo has none', async () => {
    const { io, out } = fakeIo(dir);

    const code = await slaCommand.run(['--repo', 'acme/app'], io);

    expect(code).toBe(2);
    expect(out.stderr).toContain('GITHUB_TOKEN is not set: --repo needs a token that can read');
  });

  it.each([
    [[], '--advisories FILE or --repo OWNER/NAME is required'],
    [['--advisories', 'advisories.json', '--repo', 'acme/app'], 'not both'],
    [['--repo', 'acme'], '--repo must be OWNER/NAME'],
    [['--advisories', 'advisories.json', '--token-env', 'T'], '--token-env goes with --repo'],
    [['--repo', 'acme/app', '--token-env', 'MY-TOKEN'], '--token-env must name an environment variable'],
    [['--advisories', 'missing.json'], 'no such file: missing.json'],
    [['--advisories', 'bad.json'], 'bad.json is not valid JSON'],
    [['--advisories', 'invalid.json'], '[0].created_at'],
    [['--advisories', 'advisories.json', '--now', 'tomorrow'], '--now must be an ISO 8601 time'],
    [['--advisories', 'advisories.json', '--now', '2025-01-06T10:00:00'], '--now must be an ISO 8601 time'],
    [['--advisories', 'advisories.json', '--format', 'yaml'], '--format must be text or json'],
    [['--advisories', 'advisories.json', '--config', 'bad.yml'], 'bad.yml is not valid YAML'],
    [
      ['--advisories', 'advisories.json', '--config', 'invalid.yml'],
      'sla.timezone: "Mars/Olympus" is not an IANA time zone',
    ],
    [['--advisories', 'advisories.json', '--config', 'typo.yml'], 'sla.targets'],
    [['--advisories', 'advisories.json', '--policy', 'missing.md'], 'no such file or folder: missing.md'],
    [['--advisories', 'advisories.json', 'extra'], 'Unexpected argument'],
  ])('exits 2 on %j', async (argv, message) => {
    await write('advisories.json', [ACKNOWLEDGED]);
    await write('bad.json', '[{');
    await write('invalid.json', [{ ghsa_id: 'GHSA-x' }]);
    await write('bad.yml', 'sla: [unclosed');
    await write('invalid.yml', 'sla:\n  timezone: Mars/Olympus\n');
    await write('typo.yml', 'sla:\n  targets:\n    acknowlege: { value: 1 }\n');
    const { io, out } = fakeIo(dir);

    const code = await slaCommand.run(argv, io);

    expect(code).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stdout).toBe('');
  });

  it('reads a config file without an sla section as the defaults', async () => {
    await write('advisories.json', [ACKNOWLEDGED]);
    await write('warden.yml', 'secrets:\n  enabled: true\n');
    const { io, out } = fakeIo(dir);

    const code = await slaCommand.run(
      [
        '--advisories',
        'advisories.json',
        '--config',
        'warden.yml',
        '--now',
        '2025-01-08T00:00:00Z',
        '--format',
        'json',
      ],
      io,
    );

    expect(code).toBe(0);
    expect(JSON.parse(out.stdout).targets.triage.source).toBe('default');
  });
});

describe('warden sla --help', () => {
  it('prints the usage and exits 0', async () => {
    const { io, out } = fakeIo(dir);

    expect(await slaCommand.run(['-h'], io)).toBe(0);
    expect(out.stdout).toContain('Usage: warden sla');
  });

  it('prints the usage after a bad flag, not after a bad file', async () => {
    const bad = fakeIo(dir);
    const missing = fakeIo(dir);

    await slaCommand.run(['--format', 'xml', '--advisories', 'x.json'], bad.io);
    await slaCommand.run(['--advisories', 'x.json'], missing.io);

    expect(bad.out.stderr).toContain('Usage: warden sla');
    expect(missing.out.stderr).not.toContain('Usage:');
  });
});
