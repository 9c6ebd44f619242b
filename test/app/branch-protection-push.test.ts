import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGitHubMock } from '../helpers/github-nock.js';
import { createTestApp, FIXED_NOW } from '../helpers/test-app.js';
import { webhookExample } from '../helpers/webhook-examples.js';
import { mockConfig, mockState, tier1Ruleset } from './branch-protection-github.js';

const github = useGitHubMock();
const REPO = '/repos/Codertocat/Hello-World';
const sha = (n: number) => n.toString(16).padStart(40, 'a');

beforeEach(() => {
  vi.stubEnv('WARDEN_APP_SLUG', 'warden');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

function pushToMaster(overrides: Record<string, unknown> = {}) {
  const payload = webhookExample('push', (p) => p.ref === 'refs/heads/master' && p.installation?.id === 1);
  return Object.assign(payload, {
    before: sha(1),
    after: sha(2),
    created: false,
    forced: true,
    ...overrides,
  });
}

/** The secret scan of a one-commit push with nothing in it. */
function mockCleanScan(config?: string) {
  mockConfig(github().api, REPO, config);
  github()
    .api.post(`${REPO}/check-runs`)
    .reply(201, { id: 71 })
    .get(`${REPO}/compare/${sha(1)}...${sha(2)}?per_page=250&page=1`)
    .reply(200, { total_commits: 1, commits: [{ sha: sha(2) }] })
    .get(`${REPO}/commits/${sha(2)}?per_page=100&page=1`)
    .reply(200, { files: [{ filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }] })
    .patch(`${REPO}/check-runs/71`, (body) => body.conclusion === 'success')
    .reply(200, {});
}

describe('pushes without a pull request', () => {
  it('reports a push that lands on the default branch with no merged pull request: log, audit, a line in the tracking issue', async () => {
    const app = await createTestApp();
    let issue: Record<string, any> | undefined;
    mockCleanScan();
    github()
      .api.get(`${REPO}/commits/${sha(2)}/pulls?per_page=100`)
      // An open pull request that contains the commit does not count: it was not merged.
      .reply(200, [{ number: 9, merged_at: null, base: { ref: 'master' } }]);
    mockConfig(github().api, REPO);
    mockState(github().api, REPO, { rulesets: [tier1Ruleset()] });
    github()
      .api.post(`${REPO}/issues`, (body) => {
        issue = body;
        return true;
      })
      .reply(201, { number: 12 });

    await app.receive('push', pushToMaster());

    expect(issue!.body).toContain('### Pushes without a pull request');
    expect(issue!.body).toContain(
      `- \`${sha(2).slice(0, 7)}\` reached \`master\` on ${FIXED_NOW.toISOString().slice(0, 16).replace('T', ' ')} UTC, pushed by Codertocat (force push)`,
    );
    expect(await app.store.listAudit({ repo: 'Codertocat/Hello-World' })).toEqual([
      expect.objectContaining({
        action: 'branch-protection.direct-push',
        detail: { branch: 'master', sha: sha(2), pusher: 'Codertocat', forced: true },
      }),
    ]);
    expect(app.logs.join('\n')).toMatch(
      /"level":40.*"msg":"Push reached a protected branch without a pull request"/,
    );
  });

  it('only logs and audits with action log', async () => {
    const app = await createTestApp();
    mockCleanScan('branch_protection:\n  action: log\n');
    github()
      .api.get(`${REPO}/commits/${sha(2)}/pulls?per_page=100`)
      .reply(200, []);

    await app.receive('push', pushToMaster());

    expect(github().requests.filter((request) => request.path.includes('/issues'))).toEqual([]);
    expect(await app.store.listAudit({ repo: 'Codertocat/Hello-World' })).toHaveLength(1);
  });

  it('reconciles a repository on its first push, which creates the default branch', async () => {
    const app = await createTestApp();
    const first = pushToMaster({ before: '0'.repeat(40), after: sha(2), created: true, forced: false });
    mockConfig(github().api, REPO);
    github()
      .api.post(`${REPO}/check-runs`)
      .reply(201, { id: 72 })
      .get(`${REPO}/commits?sha=${sha(2)}&per_page=100`)
      .reply(200, [{ sha: sha(2) }])
      .get(`${REPO}/commits/${sha(2)}?per_page=100&page=1`)
      .reply(200, { files: [] })
      .patch(`${REPO}/check-runs/72`)
      .reply(200, {});
    mockConfig(github().api, REPO);
    mockState(github().api, REPO, { rulesets: [tier1Ruleset()] });

    await app.receive('push', first);

    expect(app.logs.join('\n')).toMatch(/"trigger":"push.first".*"status":"compliant"/);
  });
});
