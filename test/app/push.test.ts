import { describe, expect, it } from 'vitest';
import { checksummedToken } from '../../src/core/secrets/sample.js';
import { useGitHubMock } from '../helpers/github-nock.js';
import { createTestApp } from '../helpers/test-app.js';
import { webhookExample } from '../helpers/webhook-examples.js';

const github = useGitHubMock();
const REPO = '/repos/Codertocat/Hello-World';
const CONFIG = encodeURIComponent('.github/warden.yml');

function branchPush(overrides: Record<string, unknown> = {}) {
  const payload = webhookExample('push', (p) => p.ref === 'refs/heads/master' && p.installation?.id === 1);
  return Object.assign(payload, overrides);
}

function mockConfig(yaml?: string) {
  if (yaml !== undefined) {
    github().api.get(`${REPO}/contents/${CONFIG}`).reply(200, yaml);
    return;
  }
  github()
    .api.get(`${REPO}/contents/${CONFIG}`)
    .reply(404, {})
    .get(`/repos/Codertocat/.github/contents/${CONFIG}`)
    .reply(404, {});
}

const sha = (n: number) => n.toString(16).padStart(40, 'a');

/** The head commit came through a merged pull request: branch protection has nothing to report. */
function mockMergedPullRequest(head: string, branch = 'master') {
  github()
    .api.get(`${REPO}/commits/${head}/pulls?per_page=100`)
    .reply(200, [{ number: 7, merged_at: '2026-11-27T11:59:00Z', base: { ref: branch } }]);
}

describe('push to the default branch', () => {
  it('scans each pushed commit, names the commit, and opens one private draft advisory per secret', async () => {
    const app = await createTestApp();
    const secret = checksummedToken('ghp_');
    const payload = branchPush({ before: sha(1), after: sha(3), created: false });
    let advisory: Record<string, any> | undefined;
    let completed: Record<string, any> | undefined;
    mockConfig();
    github()
      .api.post(`${REPO}/check-runs`, (body) => body.head_sha === sha(3))
      .reply(201, { id: 21 })
      .get(`${REPO}/compare/${sha(1)}...${sha(3)}?per_page=250&page=1`)
      .reply(200, { total_commits: 2, commits: [{ sha: sha(2) }, { sha: sha(3) }] })
      .get(`${REPO}/commits/${sha(2)}?per_page=100&page=1`)
      .reply(200, {
        sha: sha(2),
        files: [
          { filename: 'ci/deploy.env', status: 'added', patch: `@@ -0,0 +1,2 @@\n+A=1\n+TOKEN=${secret}` },
        ],
      })
      .get(`${REPO}/commits/${sha(3)}?per_page=100&page=1`)
      .reply(200, {
        sha: sha(3),
        files: [
          { filename: 'ci/deploy.env', status: 'modified', patch: `@@ -1,2 +1,1 @@\n A=1\n-TOKEN=${secret}` },
        ],
      })
      .patch(`${REPO}/check-runs/21`, (body) => {
        completed = body;
        return true;
      })
      .reply(200, {})
      .post(`${REPO}/security-advisories`, (body) => {
        advisory = body;
        return true;
      })
      .reply(201, { ghsa_id: 'GHSA-aaaa-bbbb-cccc' });
    mockMergedPullRequest(sha(3));

    await app.receive('push', payload);

    expect(completed!.output.annotations).toEqual([
      expect.objectContaining({ path: 'ci/deploy.env', start_line: 2 }),
    ]);
    expect(advisory).toMatchObject({
      summary: 'Leaked GitHub personal access token (classic) in ci/deploy.env',
      severity: 'critical',
      cwe_ids: ['CWE-798'],
      vulnerabilities: [{ package: { ecosystem: 'other', name: 'Codertocat/Hello-World' } }],
    });
    expect(advisory!.description).toContain(`\`${sha(2).slice(0, 12)}\``);
    expect(advisory!.description).toContain('Revoke or rotate the credential now');
    expect(advisory!.description).toContain('does **not** undo the leak');
    expect(JSON.stringify(github().requests)).not.toContain(secret.slice(4));
    expect(await app.store.listAudit({ repo: 'Codertocat/Hello-World' })).toEqual([
      expect.objectContaining({
        action: 'advisory.created',
        detail: expect.objectContaining({ ghsaId: 'GHSA-aaaa-bbbb-cccc' }),
      }),
    ]);
  });

  it('never opens a second advisory for the same secret: re-push, new delivery, or restart', async () => {
    const first = await createTestApp();
    const secret = checksummedToken('ghp_');
    const push = (before: number, after: number) =>
      branchPush({ before: sha(before), after: sha(after), created: false });
    const mockPush = (before: number, after: number, id: number) => {
      github()
        .api.post(`${REPO}/check-runs`)
        .reply(201, { id })
        .get(`${REPO}/compare/${sha(before)}...${sha(after)}?per_page=250&page=1`)
        .reply(200, { total_commits: 1, commits: [{ sha: sha(after) }] })
        .get(`${REPO}/commits/${sha(after)}?per_page=100&page=1`)
        .reply(200, {
          files: [{ filename: `copy${after}.env`, status: 'added', patch: `@@ -0,0 +1 @@\n+T=${secret}` }],
        })
        .patch(`${REPO}/check-runs/${id}`)
        .reply(200, {});
      mockMergedPullRequest(sha(after));
    };
    mockConfig();
    mockPush(1, 2, 31);
    github().api.post(`${REPO}/security-advisories`).once().reply(201, { ghsa_id: 'GHSA-1111-2222-3333' });
    await first.receive('push', push(1, 2));

    mockConfig();
    mockPush(2, 3, 32);
    await first.receive('push', push(2, 3));

    const restarted = await createTestApp({ store: first.store });
    mockConfig();
    mockPush(3, 4, 33);
    await restarted.receive('push', push(3, 4));

    expect(github().requests.filter((r) => r.path.endsWith('/security-advisories'))).toHaveLength(1);
  });

  it('opens no advisory when the config says never, but still fails the check', async () => {
    const app = await createTestApp();
    const payload = branchPush({ before: sha(1), after: sha(2), created: false });
    mockConfig('secrets:\n  advisories: never\n');
    github()
      .api.post(`${REPO}/check-runs`)
      .reply(201, { id: 41 })
      .get(`${REPO}/compare/${sha(1)}...${sha(2)}?per_page=250&page=1`)
      .reply(200, { total_commits: 1, commits: [{ sha: sha(2) }] })
      .get(`${REPO}/commits/${sha(2)}?per_page=100&page=1`)
      .reply(200, {
        files: [
          { filename: 'a.env', status: 'added', patch: `@@ -0,0 +1 @@\n+T=${checksummedToken('ghp_')}` },
        ],
      })
      .patch(`${REPO}/check-runs/41`, (body) => body.conclusion === 'failure')
      .reply(200, {});
    mockMergedPullRequest(sha(2));

    await app.receive('push', payload);
  });
});

describe('push to other branches', () => {
  it('scans an unprotected feature branch but opens no advisory by default', async () => {
    const app = await createTestApp();
    const payload = branchPush({ ref: 'refs/heads/feature', before: sha(1), after: sha(2), created: false });
    github().api.get(`${REPO}/branches/feature`).reply(200, { name: 'feature', protected: false });
    mockConfig();
    github()
      .api.post(`${REPO}/check-runs`)
      .reply(201, { id: 51 })
      .get(`${REPO}/compare/${sha(1)}...${sha(2)}?per_page=250&page=1`)
      .reply(200, { total_commits: 1, commits: [{ sha: sha(2) }] })
      .get(`${REPO}/commits/${sha(2)}?per_page=100&page=1`)
      .reply(200, {
        files: [
          { filename: 'a.env', status: 'added', patch: `@@ -0,0 +1 @@\n+T=${checksummedToken('ghp_')}` },
        ],
      })
      .patch(`${REPO}/check-runs/51`, (body) => body.conclusion === 'failure')
      .reply(200, {});

    await app.receive('push', payload);
  });

  it('scans a new branch against the default branch, and ignores tags and deletions', async () => {
    const app = await createTestApp();
    const created = branchPush({
      ref: 'refs/heads/topic',
      before: '0'.repeat(40),
      after: sha(5),
      created: true,
    });
    github().api.get(`${REPO}/branches/topic`).reply(200, { name: 'topic', protected: true });
    mockConfig();
    github()
      .api.post(`${REPO}/check-runs`)
      .reply(201, { id: 61 })
      .get(`${REPO}/compare/master...${sha(5)}?per_page=250&page=1`)
      .reply(200, { total_commits: 0, commits: [] })
      .patch(`${REPO}/check-runs/61`, (body) => body.conclusion === 'success')
      .reply(200, {});

    await app.receive('push', created);
    await app.receive(
      'push',
      webhookExample('push', (p) => p.ref.startsWith('refs/tags/') && p.created),
    );
    await app.receive('push', branchPush({ deleted: true, after: '0'.repeat(40) }));
  });
});
