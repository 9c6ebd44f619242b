import { describe, expect, it } from 'vitest';
import { repositoryAdvisory } from '../fixtures/events/repository-advisory.js';
import { useGitHubMock } from '../helpers/github-nock.js';
import { runWarden } from '../helpers/run-warden.js';
import { tempDir } from '../helpers/temp-dir.js';

const github = useGitHubMock();
const REPO = '/repos/Codertocat/Hello-World';
const CONFIG = encodeURIComponent('.github/warden.yml');
const ENV = { GITHUB_TOKEN: 'ghp_live_example' };
const NOW = '2025-01-10T12:00:00Z';

/** Reported Monday 6th 10:00, never accepted. */
const untouched = repositoryAdvisory({
  ghsa_id: 'GHSA-aaaa-1111-aaaa',
  created_at: '2025-01-06T10:00:00Z',
  updated_at: '2025-01-06T10:00:00Z',
});
/** Reported at the same time, accepted with a severity by Tuesday 09:00 (its last update). */
const accepted = repositoryAdvisory({
  ghsa_id: 'GHSA-bbbb-2222-bbbb',
  state: 'draft',
  severity: 'high',
  submission: { accepted: true },
  created_at: '2025-01-06T10:00:00Z',
  updated_at: '2025-01-07T09:00:00Z',
});
/** Rejected the next day. */
const rejected = repositoryAdvisory({
  ghsa_id: 'GHSA-cccc-3333-cccc',
  state: 'closed',
  created_at: '2025-01-06T10:00:00Z',
  updated_at: '2025-01-07T10:00:00Z',
  closed_at: '2025-01-07T10:00:00Z',
});

function mockRepository() {
  const next = `https://api.github.com${REPO}/security-advisories?per_page=100&after=Y3Vyc29yOnYyOpK5`;
  github()
    .api.get(REPO)
    .matchHeader('authorization', 'token ghp_live_example')
    .reply(200, {
      name: 'Hello-World',
      full_name: 'Codertocat/Hello-World',
      private: false,
      default_branch: 'main',
    })
    .get(`${REPO}/security-advisories?per_page=100`)
    .reply(200, [untouched, accepted], { link: `<${next}>; rel="next"` })
    .get(`${REPO}/security-advisories?per_page=100&after=Y3Vyc29yOnYyOpK5`)
    .reply(200, [rejected])
    .get(`${REPO}/contents/${CONFIG}`)
    .reply(200, 'sla:\n  targets:\n    disclose: null\n')
    .get(`${REPO}/git/trees/main`)
    .reply(200, { sha: 't', truncated: false, tree: [{ path: 'docs', type: 'tree', sha: 'd1' }] })
    .get(`${REPO}/git/trees/d1`)
    .reply(200, { sha: 'd1', truncated: false, tree: [{ path: 'security.md', type: 'blob', sha: 'b1' }] })
    .get(`${REPO}/contents/${encodeURIComponent('docs/security.md')}?ref=main`)
    .reply(200, 'Email security@hello-world.dev. We acknowledge reports within 2 business days.\n');
}

describe('warden sla --repo', () => {
  it('reads every page of advisories, SECURITY.md where GitHub looks and the config, and prints the offline JSON', async () => {
    mockRepository();

    const run = await runWarden(
      ['sla', '--repo', 'Codertocat/Hello-World', '--now', NOW, '--format', 'json'],
      {
        cwd: tempDir(),
        env: ENV,
      },
    );

    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.targets.acknowledge).toEqual({
      value: 2,
      unit: 'business_days',
      from: 'report',
      source: 'security-md',
    });
    expect(report.targets.disclose).toBeNull();
    expect(report.advisories.map((a: { ghsaId: string }) => a.ghsaId)).toEqual([
      'GHSA-aaaa-1111-aaaa',
      'GHSA-bbbb-2222-bbbb',
      'GHSA-cccc-3333-cccc',
    ]);
    // Never accepted: acknowledging was due Wednesday 8th 10:00.
    expect(report.advisories[0].stages[0]).toEqual({
      stage: 'acknowledge',
      start: '2025-01-06T10:00:00Z',
      due: '2025-01-08T10:00:00Z',
      stoppedAt: null,
      status: 'breached',
    });
    // Accepted with a severity by its last update, Tuesday 09:00.
    expect(report.advisories[1].stages.slice(0, 2)).toMatchObject([
      { stage: 'acknowledge', stoppedAt: '2025-01-07T09:00:00Z', status: 'met' },
      { stage: 'triage', stoppedAt: '2025-01-07T09:00:00Z', status: 'met' },
    ]);
    expect(report.advisories[2].stages[0]).toMatchObject({
      status: 'closed',
      stoppedAt: '2025-01-07T10:00:00Z',
    });
    expect(report.summary).toMatchObject({ advisories: 3, breachedAdvisories: 1 });
    expect(run.stderr).toContain('not available to the CLI');
  });

  it('says in its text output what the CLI cannot know, and uses --token-env', async () => {
    mockRepository();

    const run = await runWarden(
      ['sla', '--repo', 'Codertocat/Hello-World', '--now', NOW, '--token-env', 'WARDEN_TOKEN'],
      { cwd: tempDir(), env: { WARDEN_TOKEN: ENV.GITHUB_TOKEN } },
    );

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'Repository Codertocat/Hello-World: SECURITY.md from docs/security.md; config .github/warden.yml (defaults where absent); 3 advisories',
    );
    expect(run.stdout).toMatch(/GHSA-aaaa-1111-aaaa {2}severity: none\n {2}acknowledge +breached/);
    expect(run.stdout).toContain('the transitions the Warden App records');
    expect(run.stdout).toContain('are not available to the CLI');
  });

  it('explains a token that cannot read advisories (exit 2)', async () => {
    github()
      .api.get(REPO)
      .reply(200, { name: 'Hello-World', default_branch: 'main' })
      .get(`${REPO}/security-advisories?per_page=100`)
      .reply(403, { message: 'Resource not accessible by personal access token' });

    const run = await runWarden(['sla', '--repo', 'Codertocat/Hello-World'], { cwd: tempDir(), env: ENV });

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "GitHub answered 403 to listing the security advisories of Codertocat/Hello-World: the token in GITHUB_TOKEN cannot read them. Use a token that can read the repository's security advisories",
    );
    expect(run.stderr).not.toContain(ENV.GITHUB_TOKEN);
  });
});
