import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGitHubMock } from '../helpers/github-nock.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { webhookExample } from '../helpers/webhook-examples.js';
import {
  mockConfig,
  mockState,
  type RepoState,
  tier1Ruleset,
  WARDEN_RULESET,
} from './branch-protection-github.js';

const github = useGitHubMock();
const REPO = '/repos/Codertocat/Hello-World';
const HELLO = 'Codertocat/Hello-World';

beforeEach(() => {
  vi.stubEnv('WARDEN_APP_SLUG', 'warden');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/**
 * A `repository_ruleset` webhook. @octokit/webhooks-examples has none, so it is built from
 * GitHub's webhook reference (docs: webhook-events-and-payloads#repository_ruleset) and the
 * `webhook-repository-ruleset-edited` schema: the ruleset, what changed, the repository,
 * the installation and the sender.
 */
function rulesetEvent(
  action: 'created' | 'edited' | 'deleted',
  sender: { login: string; type: 'User' | 'Bot' } = { login: 'Codertocat', type: 'User' },
) {
  const push = webhookExample('push', (p) => p.installation?.id === 1 && p.ref === 'refs/heads/master');
  return {
    action,
    repository_ruleset: {
      id: 42,
      name: WARDEN_RULESET,
      target: 'branch',
      source_type: 'Repository',
      source: HELLO,
      enforcement: 'active',
      node_id: 'RRS_lACqUmVwb3NpdG9yec4LIaMqzgAAACo',
      _links: {
        self: { href: `https://api.github.com${REPO}/rulesets/42` },
        html: { href: `https://github.com/${HELLO}/rules/42` },
      },
      created_at: '2026-11-20T09:00:00Z',
      updated_at: '2026-11-27T11:59:30Z',
      bypass_actors: [],
      current_user_can_bypass: 'never',
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
      rules: [{ type: 'deletion' }],
    },
    ...(action === 'edited' ? { changes: { rules: { deleted: [{ type: 'non_fast_forward' }] } } } : {}),
    repository: push.repository,
    installation: push.installation,
    sender: { ...push.sender, login: sender.login, type: sender.type },
  };
}

/** Warden's ruleset with force pushes allowed again: someone removed `non_fast_forward`. */
const drifted: RepoState = { rulesets: [tier1Ruleset(42, ['deletion'])] };
const repaired: RepoState = { rulesets: [tier1Ruleset(42)] };

function issueBodies(): Array<Record<string, any>> {
  return github()
    .requests.filter((request) => /\/issues(\/\d+)?$/.test(request.path))
    .map((request) => ({ method: request.method, path: request.path, ...(request.body as object) }));
}

const logLines = (app: TestApp, msg: string) =>
  app.logs.map((line) => JSON.parse(line)).filter((entry) => entry.msg === msg);

describe('reconcile on install', () => {
  it('reconciles every repository of a new installation in turn: a tracking issue for the gap, a state for the archived one', async () => {
    const app = await createTestApp();
    const payload = webhookExample('installation', (p) => p.action === 'created');
    payload.repositories.push({
      id: 2,
      node_id: 'R_2',
      name: 'Old',
      full_name: 'Codertocat/Old',
      private: false,
    });
    mockConfig(github().api, REPO);
    mockState(github().api, REPO);
    github().api.post(`${REPO}/issues`).reply(201, { number: 5 });
    mockConfig(github().api, '/repos/Codertocat/Old');
    mockState(github().api, '/repos/Codertocat/Old', { archived: true });

    await app.receive('installation', payload);

    const [issue] = issueBodies();
    expect(issue).toMatchObject({
      method: 'POST',
      title: 'Warden: branch protection needs attention',
      labels: ['warden'],
    });
    expect(issue!.body).toContain(
      '- **Force pushes to `master` are allowed** No ruleset or classic rule blocks them.',
    );
    expect(issue!.body).toContain('Fix: block force pushes on `master`');
    expect(issue!.body).toContain('Reached now: `master`: below Scorecard tier 1 (0/10).');
    expect(issue!.body).toContain('preset `tier-1`, action `issue`');
    const paths = github().requests.map((request) => request.path);
    expect(paths.indexOf(`${REPO}/issues`)).toBeLessThan(paths.indexOf('/repos/Codertocat/Old'));
    expect(logLines(app, 'Branch protection does not apply here')).toEqual([
      expect.objectContaining({ repo: 'Codertocat/Old', state: 'archived' }),
    ]);
    expect(await app.store.findTrackingIssue(HELLO, 'branch-protection')).toEqual({
      issueNumber: 5,
      contentHash: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it('reconciles repositories added to an installation; protection from an organization ruleset counts', async () => {
    const app = await createTestApp();
    const payload = webhookExample('installation_repositories', (p) => p.action === 'added');
    mockConfig(github().api, '/repos/Codertocat/Space');
    mockState(github().api, '/repos/Codertocat/Space', {
      orgRules: [
        { type: 'deletion', ruleset_id: 7 },
        { type: 'non_fast_forward', ruleset_id: 7 },
      ],
    });

    await app.receive('installation_repositories', payload);

    expect(github().requests.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(logLines(app, 'Branch protection reconciled')).toEqual([
      expect.objectContaining({ repo: 'Codertocat/Space', status: 'compliant' }),
    ]);
  });
});

describe('drift', () => {
  it('repairs the Warden ruleset within the delivery (fix), audits the change and re-reads', async () => {
    const app = await createTestApp();
    let update: Record<string, any> | undefined;
    mockConfig(github().api, REPO, 'branch_protection:\n  action: fix\n');
    mockState(github().api, REPO, drifted);
    github()
      .api.put(`${REPO}/rulesets/42`, (body) => {
        update = body;
        return true;
      })
      .reply(200, { id: 42, name: WARDEN_RULESET });
    mockState(github().api, REPO, repaired);

    await app.receive('repository_ruleset', rulesetEvent('edited'));

    expect(update).toMatchObject({
      name: WARDEN_RULESET,
      enforcement: 'active',
      bypass_actors: [],
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
      rules: [{ type: 'deletion' }, { type: 'non_fast_forward' }],
    });
    expect(await app.store.listAudit({ repo: HELLO })).toEqual([
      expect.objectContaining({
        action: 'branch-protection.changed',
        installationId: 1,
        detail: expect.objectContaining({
          change: `updated ruleset #42 "${WARDEN_RULESET}"`,
          branches: ['master'],
          trigger: 'repository_ruleset.edited',
        }),
      }),
    ]);
    expect(issueBodies()).toEqual([]);
    expect(logLines(app, 'Branch protection reconciled').at(-1)).toMatchObject({ status: 'compliant' });
  });

  it('creates the Warden ruleset when there is none, and reports in the issue what a ruleset cannot fix', async () => {
    const app = await createTestApp();
    let created: Record<string, any> | undefined;
    mockConfig(
      github().api,
      REPO,
      'branch_protection:\n  action: fix\n  required_status_checks:\n    contexts: ["*"]\n',
    );
    mockState(github().api, REPO);
    github()
      .api.post(`${REPO}/rulesets`, (body) => {
        created = body;
        return true;
      })
      .reply(201, { id: 43, name: WARDEN_RULESET });
    mockState(github().api, REPO, { rulesets: [tier1Ruleset(43)] });
    github().api.post(`${REPO}/issues`).reply(201, { number: 8 });

    await app.receive('repository_ruleset', rulesetEvent('deleted'));

    expect(created!.rules).toEqual([{ type: 'deletion' }, { type: 'non_fast_forward' }]);
    const [issue] = issueBodies();
    expect(issue!.body).toContain('needs at least one required status check');
    expect(logLines(app, 'Branch protection reconciled').at(-1)).toMatchObject({
      status: 'findings',
      applied: [`created ruleset #43 "${WARDEN_RULESET}"`],
    });
  });

  it('repairs classic protection in classic mode, merging what is there (branch_protection_rule)', async () => {
    const app = await createTestApp();
    const payload = webhookExample('branch_protection_rule', (p) => p.action === 'edited');
    payload.installation = { id: 1, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' };
    const repo = `/repos/${payload.repository.full_name}`;
    const classic = (forcePushes: boolean) => ({
      url: `https://api.github.com${repo}/branches/main/protection`,
      required_status_checks: {
        strict: false,
        contexts: ['test'],
        checks: [{ context: 'test', app_id: null }],
      },
      required_pull_request_reviews: {
        dismiss_stale_reviews: true,
        require_code_owner_reviews: false,
        required_approving_review_count: 1,
        require_last_push_approval: false,
      },
      enforce_admins: { enabled: !forcePushes },
      allow_force_pushes: { enabled: forcePushes },
      allow_deletions: { enabled: false },
      required_linear_history: { enabled: false },
      required_conversation_resolution: { enabled: false },
    });
    let put: Record<string, any> | undefined;
    mockConfig(github().api, repo, 'branch_protection:\n  action: fix\n  mode: classic\n');
    mockState(github().api, repo, { defaultBranch: 'main', classic: classic(true) });
    github()
      .api.put(`${repo}/branches/main/protection`, (body) => {
        put = body;
        return true;
      })
      .reply(200, {});
    mockState(github().api, repo, { defaultBranch: 'main', classic: classic(false) });

    await app.receive('branch_protection_rule', payload);

    expect(put).toEqual({
      required_status_checks: { strict: false, contexts: ['test'] },
      enforce_admins: true,
      required_pull_request_reviews: {
        dismiss_stale_reviews: true,
        require_code_owner_reviews: false,
        required_approving_review_count: 1,
        require_last_push_approval: false,
      },
      restrictions: null,
      required_linear_history: false,
      allow_force_pushes: false,
      allow_deletions: false,
      required_conversation_resolution: false,
    });
    expect(issueBodies()).toEqual([]);
  });

  it('sends no update that would leave the Warden ruleset as it is, and reports what is left', async () => {
    const app = await createTestApp();
    const pullRequest = {
      type: 'pull_request',
      parameters: {
        required_approving_review_count: 1,
        dismiss_stale_reviews_on_push: false,
        require_code_owner_review: false,
        require_last_push_approval: false,
        required_review_thread_resolution: false,
        allowed_merge_methods: ['merge', 'squash', 'rebase'],
      },
    };
    const ruleset = { ...tier1Ruleset(42), rules: [...tier1Ruleset(42).rules, pullRequest] };
    mockConfig(github().api, REPO, 'branch_protection:\n  action: fix\n  preset: tier-2\n');
    mockState(github().api, REPO, { rulesets: [ruleset] });
    github().api.post(`${REPO}/issues`).reply(201, { number: 10 });

    await app.receive('repository_ruleset', rulesetEvent('edited'));

    expect(github().requests.filter((request) => request.method === 'PUT')).toEqual([]);
    expect(issueBodies()[0]!.body).toContain('does not require branches to be up to date before merging');
    expect(await app.store.listAudit({ repo: HELLO })).toEqual([]);
  });

  it("reconciles every repository of the installation when an organization's ruleset changes", async () => {
    const app = await createTestApp();
    const { repository: _repository, ...event } = rulesetEvent('deleted');
    const payload = {
      ...event,
      repository_ruleset: {
        ...event.repository_ruleset,
        id: 7,
        name: 'Org main',
        source_type: 'Organization',
        source: 'Codertocat',
      },
      organization: { login: 'Codertocat', id: 21031067, node_id: 'MDQ6VXNlcjIxMDMxMDY3' },
    };
    github()
      .api.get('/installation/repositories?per_page=100')
      .reply(200, {
        total_count: 1,
        repositories: [{ name: 'Hello-World', owner: { login: 'Codertocat' } }],
      });
    mockConfig(github().api, REPO);
    mockState(github().api, REPO, repaired);

    await app.receive('repository_ruleset', payload);

    expect(logLines(app, 'Branch protection reconciled')).toEqual([
      expect.objectContaining({ repo: HELLO, trigger: 'repository_ruleset.deleted', status: 'compliant' }),
    ]);
  });

  it('only logs with action log', async () => {
    const app = await createTestApp();
    mockConfig(github().api, REPO, 'branch_protection:\n  action: log\n');
    mockState(github().api, REPO);

    await app.receive('repository_ruleset', rulesetEvent('deleted'));

    expect(github().requests.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(logLines(app, 'Branch protection falls short of the config')).toEqual([
      expect.objectContaining({
        level: 40,
        repo: HELLO,
        action: 'log',
        findings: ['master:allow_force_pushes', 'master:allow_deletions', 'master:enforce_admins'],
      }),
    ]);
  });

  it('reports in the issue when fix is refused for want of a permission', async () => {
    const app = await createTestApp();
    mockConfig(github().api, REPO, 'branch_protection:\n  action: fix\n');
    mockState(github().api, REPO);
    github()
      .api.post(`${REPO}/rulesets`)
      .reply(403, { message: 'Resource not accessible by integration' })
      .post(`${REPO}/issues`)
      .reply(201, { number: 9 });

    await app.receive('repository_ruleset', rulesetEvent('deleted'));

    expect(issueBodies()[0]!.body).toMatch(
      /Warden could not apply the fix.\*\* GitHub answered 403 .*administration: write/,
    );
  });
});

describe('states and senders', () => {
  it('says once that a private repository on a plan without protection has none, and never reports it', async () => {
    const app = await createTestApp();
    const payload = webhookExample('repository', (p) => p.action === 'created' && p.installation?.id === 1);
    const repo = `/repos/${payload.repository.full_name}`;
    for (let delivery = 0; delivery < 2; delivery++) {
      mockConfig(github().api, repo);
      mockState(github().api, repo, { private: true, classic: 'plan' });
      await app.receive('repository', payload);
    }

    expect(github().requests.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(logLines(app, 'Branch protection does not apply here')).toEqual([
      expect.objectContaining({
        state: 'unavailable-on-plan',
        detail: expect.stringMatching(/not a violation/),
      }),
    ]);
  });

  it("ignores the events Warden's own App bot causes, looking its slug up once", async () => {
    vi.stubEnv('WARDEN_APP_SLUG', '');
    const app = await createTestApp();
    github().api.get('/app').once().reply(200, { id: 1, slug: 'warden', name: 'Warden' });

    await app.receive('repository_ruleset', rulesetEvent('created', { login: 'warden[bot]', type: 'Bot' }));
    await app.receive('repository_ruleset', rulesetEvent('edited', { login: 'warden[bot]', type: 'Bot' }));

    expect(github().requests.map((request) => request.path)).toEqual(['/app']);
  });

  it('does not ignore other bots', async () => {
    const app = await createTestApp();
    mockConfig(github().api, REPO, 'branch_protection:\n  action: fix\n');
    mockState(github().api, REPO, drifted);
    github().api.put(`${REPO}/rulesets/42`).reply(200, { id: 42 });
    mockState(github().api, REPO, repaired);

    await app.receive('repository_ruleset', rulesetEvent('edited', { login: 'renovate[bot]', type: 'Bot' }));

    expect(github().requests.filter((request) => request.method === 'PUT')).toHaveLength(1);
  });

  it('reconciles when the default branch changes, and ignores other repository edits', async () => {
    const app = await createTestApp();
    const renamed = webhookExample('repository', (p) => p.action === 'edited' && p.changes.default_branch);
    const described = webhookExample('repository', (p) => p.action === 'edited' && p.changes.description);
    Object.assign(renamed, { installation: { id: 1 } });
    Object.assign(described, { installation: { id: 1 } });
    const repo = `/repos/${renamed.repository.full_name}`;
    mockConfig(github().api, repo);
    mockState(github().api, repo, repaired);

    await app.receive('repository', described);
    await app.receive('repository', renamed);

    expect(logLines(app, 'Branch protection reconciled')).toEqual([
      expect.objectContaining({ trigger: 'repository.edited', status: 'compliant' }),
    ]);
  });
});

describe('escalation', () => {
  it('stops repairing a branch that drifts back N times within the window, says so once, and resumes when the config changes', async () => {
    const app = await createTestApp();
    const config = 'branch_protection:\n  action: fix\n  escalate_after:\n    repairs: 2\n';
    const drift = async (opts: { repair: boolean; yaml?: string }) => {
      mockConfig(github().api, REPO, opts.yaml ?? config);
      mockState(github().api, REPO, drifted);
      if (opts.repair) {
        github().api.put(`${REPO}/rulesets/42`).reply(200, { id: 42 });
        mockState(github().api, REPO, repaired);
      }
      await app.receive('repository_ruleset', rulesetEvent('edited'));
    };
    await drift({ repair: true });
    await drift({ repair: true });
    github()
      .api.post(`${REPO}/issues`)
      .reply(201, { number: 11 })
      .post(`${REPO}/issues/11/comments`, (body) =>
        /repaired `master` 2 times within 24 hours/.test(body.body),
      )
      .reply(201, { id: 1 });

    await drift({ repair: false });
    await drift({ repair: false });

    const issue = issueBodies().find((request) => request.method === 'POST');
    expect(issue!.body).toContain('### Warden stopped repairing');
    expect(github().requests.filter((request) => request.method === 'PUT')).toHaveLength(2);
    expect(github().requests.filter((request) => request.path.endsWith('/comments'))).toHaveLength(1);
    expect(
      logLines(app, 'Branch keeps drifting back; Warden stops repairing it until the config changes'),
    ).toHaveLength(1);
    expect((await app.store.listAudit({ repo: HELLO })).map((entry) => entry.action)).toEqual([
      'branch-protection.escalated',
      'branch-protection.changed',
      'branch-protection.changed',
    ]);

    github().api.patch(`${REPO}/issues/11`).reply(200, { number: 11 });
    await drift({ repair: true, yaml: `${config}    window_hours: 12\n` });

    expect(github().requests.filter((request) => request.method === 'PUT')).toHaveLength(3);
  });
});

describe('the tracking issue', () => {
  it('is updated in place, closed on compliance, and left closed while a person closed it and nothing changed', async () => {
    const app = await createTestApp();
    const deliver = async (yaml: string | undefined, state: RepoState) => {
      mockConfig(github().api, REPO, yaml);
      mockState(github().api, REPO, state);
      await app.receive('repository_ruleset', rulesetEvent('deleted'));
    };
    github().api.post(`${REPO}/issues`).reply(201, { number: 5 });
    await deliver(undefined, {});
    // A person closes #5 on GitHub. Same findings, same config: Warden leaves it closed.
    await deliver(undefined, {});
    expect(issueBodies()).toHaveLength(1);

    github()
      .api.patch(`${REPO}/issues/5`, (body) => body.state === 'open')
      .reply(200, { number: 5 });
    await deliver('branch_protection:\n  preset: tier-2\n', {});

    github()
      .api.patch(`${REPO}/issues/5`, (body) => body.state === 'closed' && body.state_reason === 'completed')
      .reply(200, { number: 5 });
    await deliver(undefined, repaired);
    await deliver(undefined, repaired);

    const [created, reopened, closed] = issueBodies();
    expect(created!.body).not.toContain('needs 1 approving review');
    expect(reopened).toMatchObject({ method: 'PATCH', title: 'Warden: branch protection needs attention' });
    expect(reopened!.body).toContain('`master` needs 1 approving review');
    expect(reopened!.body).toContain('preset `tier-2`');
    expect(closed!.body).toContain(
      '**Codertocat/Hello-World**: Branch protection meets the configured requirements',
    );
    expect(issueBodies()).toHaveLength(3);
  });

  it('is replaced when it was deleted', async () => {
    const app = await createTestApp();
    await app.store.setTrackingIssue(HELLO, 'branch-protection', 3, 'stale');
    mockConfig(github().api, REPO);
    mockState(github().api, REPO);
    github()
      .api.patch(`${REPO}/issues/3`)
      .reply(410, { message: 'This issue was deleted' })
      .post(`${REPO}/issues`)
      .reply(201, { number: 4 });

    await app.receive('repository_ruleset', rulesetEvent('deleted'));

    expect((await app.store.findTrackingIssue(HELLO, 'branch-protection'))?.issueNumber).toBe(4);
  });

  it('goes to the central repository when configured, one per target repository, closing the one in the repository', async () => {
    const app = await createTestApp();
    await app.store.setTrackingIssue(HELLO, 'branch-protection', 6, 'invalid config reported');
    mockConfig(github().api, REPO, 'branch_protection:\n  central_repository: Codertocat/security\n');
    mockState(github().api, REPO);
    github()
      .api.patch(`${REPO}/issues/6`, (body) => body.state === 'closed')
      .reply(200, { number: 6 })
      .post('/repos/Codertocat/security/issues')
      .reply(201, { number: 1 });

    await app.receive('repository_ruleset', rulesetEvent('deleted'));

    const [local, central] = issueBodies();
    expect(local!.body).toContain(
      'Warden now reports branch protection of **Codertocat/Hello-World** in Codertocat/security.',
    );
    expect(central).toMatchObject({ title: 'Warden: branch protection of Codertocat/Hello-World' });
    expect(await app.store.findTrackingIssue(HELLO, 'branch-protection>Codertocat/security')).toMatchObject({
      issueNumber: 1,
    });
  });

  it('reports an invalid config instead of checking with defaults', async () => {
    const app = await createTestApp();
    mockConfig(github().api, REPO, 'branch_protection:\n  action: repair\n  presett: tier-2\n');
    github().api.post(`${REPO}/issues`).reply(201, { number: 6 });

    await app.receive('repository_ruleset', rulesetEvent('deleted'));

    const body = issueBodies()[0]!.body as string;
    expect(body).toContain('is not a valid Warden config (2 problems)');
    expect(body).toContain('| `branch_protection.action` |');
    expect(body).toContain('| `branch_protection.presett` |');
  });
});
