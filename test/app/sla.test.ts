import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { sweepSla } from '../../src/app/sweep-sla.js';
import { repositoryAdvisory, repositoryAdvisoryEvent } from '../fixtures/events/repository-advisory.js';
import { useGitHubMock } from '../helpers/github-nock.js';
import { createTestApp, FIXED_NOW, type TestApp } from '../helpers/test-app.js';

const github = useGitHubMock();
const REPO = '/repos/Codertocat/Hello-World';
const CONFIG = encodeURIComponent('.github/warden.yml');
const HOOK = 'https://hooks.example.test';
const HOOK_PATH = '/services/T000/B000/XXXX';
const TEAM_REPO = '/repos/Codertocat/security-team';
const ESCALATION =
  'sla:\n  escalation:\n    repository: Codertocat/security-team\n    mention: ["@Codertocat/security"]\n';
const iso = (text: string) => new Date(text).toISOString();
/**
 * What the App logged at info and above. At debug, Probot itself logs every webhook payload in
 * full before any handler runs (docs/sla.md says to run at info).
 */
const infoLogs = (app: TestApp) =>
  app.logs.filter((line) => (JSON.parse(line) as { level: number }).level >= 30).join('\n');

function mockInstallation(repository: Record<string, unknown> = {}) {
  github()
    .api.get('/app/installations?per_page=100')
    .reply(200, [{ id: 1, account: { login: 'Codertocat' }, suspended_at: null }])
    .get('/installation/repositories?per_page=100')
    .reply(200, {
      total_count: 1,
      repositories: [
        {
          name: 'Hello-World',
          full_name: 'Codertocat/Hello-World',
          owner: { login: 'Codertocat' },
          private: true,
          archived: false,
          default_branch: 'master',
          ...repository,
        },
      ],
    });
}

function mockAdvisories(advisories: Record<string, unknown>[]) {
  github().api.get(`${REPO}/security-advisories?per_page=100`).reply(200, advisories);
}

/** The repository's config (404 for none) and its SECURITY.md (none: org fallback answers 404). */
function mockPolicy(yaml?: string, securityMd?: string) {
  if (yaml === undefined) {
    github()
      .api.get(`${REPO}/contents/${CONFIG}`)
      .reply(404, {})
      .get(`/repos/Codertocat/.github/contents/${CONFIG}`)
      .reply(404, {});
  } else {
    github().api.get(`${REPO}/contents/${CONFIG}`).reply(200, yaml);
  }
  const tree =
    securityMd === undefined ? [] : [{ path: 'SECURITY.md', mode: '100644', type: 'blob', sha: 'b1' }];
  github()
    .api.get(`${REPO}/git/trees/master`)
    .reply(200, {
      sha: 't1',
      truncated: false,
      tree: [{ path: 'README.md', type: 'blob', sha: 'b0' }, ...tree],
    });
  if (securityMd === undefined) github().api.get('/repos/Codertocat/.github').reply(404, {});
  else github().api.get(`${REPO}/contents/SECURITY.md?ref=master`).reply(200, securityMd);
}

function sweep(app: TestApp, now: Date = FIXED_NOW) {
  return sweepSla(
    app.probot,
    { store: async () => app.store, now: () => now },
    { webhookUrl: `${HOOK}${HOOK_PATH}`, fetch: globalThis.fetch },
  );
}

/** A report that came on Tuesday 18:00: acknowledging (3 business days) is due Friday 18:00, due soon at noon. */
const dueSoon = () =>
  repositoryAdvisory({ ghsa_id: 'GHSA-aaaa-bbbb-cccc', created_at: '2026-11-24T18:00:00Z' });
/** A report of Monday 16th 09:00: acknowledging was due Thursday 19th; triage (10 business days) is due soon. */
const overdue = () =>
  repositoryAdvisory({
    ghsa_id: 'GHSA-dddd-eeee-ffff',
    created_at: '2026-11-16T09:00:00Z',
    updated_at: '2026-11-16T09:00:00Z',
  });

describe('repository_advisory webhooks', () => {
  it('records a private report at the time the payload gives', async () => {
    const app = await createTestApp();

    await app.receive('repository_advisory', repositoryAdvisoryEvent('reported', dueSoon()));

    expect(await app.store.getTimeline('Codertocat/Hello-World', 'GHSA-aaaa-bbbb-cccc')).toEqual({
      reported_at: iso('2026-11-24T18:00:00Z'),
      paused: [],
    });
    expect(infoLogs(app)).toContain('"recorded":["reported"]');
    expect(infoLogs(app)).not.toContain('Session fixation');
  });

  it('records publishing, and the acknowledgement, triage and fix it proves', async () => {
    const app = await createTestApp();
    const published = repositoryAdvisory({
      state: 'draft',
      severity: 'high',
      submission: { accepted: true },
      updated_at: '2026-11-26T08:00:00Z',
    });
    published.state = 'published';
    published.published_at = '2026-11-26T08:00:00Z';

    await app.receive('repository_advisory', repositoryAdvisoryEvent('published', published));

    expect(await app.store.getTimeline('Codertocat/Hello-World', 'GHSA-7x4p-2m5q-9c3w')).toEqual({
      reported_at: iso('2026-11-24T18:00:00Z'),
      acknowledged_at: iso('2026-11-26T08:00:00Z'),
      triaged_at: iso('2026-11-26T08:00:00Z'),
      fixed_at: iso('2026-11-26T08:00:00Z'),
      published_at: iso('2026-11-26T08:00:00Z'),
      paused: [],
    });
  });
});

describe('the SLA sweep', () => {
  it('records when it first saw a report accepted, a severity set and an advisory closed', async () => {
    const app = await createTestApp();
    const first = new Date('2026-11-25T09:00:00Z');
    const second = new Date('2026-11-25T09:15:00Z');
    const accepted = repositoryAdvisory({ ghsa_id: 'GHSA-1111-2222-3333' });
    const rejected = repositoryAdvisory({ ghsa_id: 'GHSA-4444-5555-6666' });
    mockInstallation();
    mockAdvisories([accepted, rejected]);
    mockPolicy();

    expect(await sweep(app, first)).toMatchObject({
      ran: true,
      repositories: 1,
      advisories: 2,
      transitions: 2,
    });

    mockInstallation();
    mockAdvisories([
      { ...accepted, state: 'draft', severity: 'high', updated_at: '2026-11-25T09:05:00Z' },
      { ...rejected, state: 'closed', closed_at: '2026-11-25T09:10:00Z', updated_at: '2026-11-25T09:10:00Z' },
    ]);
    mockPolicy();
    const report = await sweep(app, second);

    expect(report).toMatchObject({ transitions: 3, notices: 0, failed: 0 });
    expect(await app.store.getTimeline('Codertocat/Hello-World', 'GHSA-1111-2222-3333')).toEqual({
      reported_at: iso('2026-11-24T18:00:00Z'),
      acknowledged_at: second.toISOString(),
      triaged_at: second.toISOString(),
      paused: [],
    });
    expect(await app.store.getTimeline('Codertocat/Hello-World', 'GHSA-4444-5555-6666')).toEqual({
      reported_at: iso('2026-11-24T18:00:00Z'),
      closed_at: iso('2026-11-25T09:10:00Z'),
      paused: [],
    });
    expect(await app.store.getAdvisorySnapshot('Codertocat/Hello-World', 'GHSA-1111-2222-3333')).toEqual({
      state: 'draft',
      severity: 'high',
      updatedAt: new Date('2026-11-25T09:05:00Z'),
    });
  });

  it('warns once before a stage is due: not again on the next sweep, nor after a restart', async () => {
    const app = await createTestApp();
    let issue: Record<string, any> | undefined;
    let hook: Record<string, any> | undefined;
    mockInstallation();
    mockAdvisories([dueSoon()]);
    mockPolicy(ESCALATION);
    github()
      .api.get(TEAM_REPO)
      .reply(200, { name: 'security-team', private: true, visibility: 'private' })
      .post(`${TEAM_REPO}/issues`, (body) => {
        issue = body;
        return true;
      })
      .reply(201, { number: 7 });
    nock(HOOK)
      .post(HOOK_PATH, (body) => {
        hook = body;
        return true;
      })
      .reply(200, 'ok');

    expect(await sweep(app)).toMatchObject({ notices: 2, failedNotices: 0 });

    expect(issue).toMatchObject({
      title: 'SLA: GHSA-aaaa-bbbb-cccc in Codertocat/Hello-World',
      labels: ['warden-sla'],
    });
    expect(issue!.body).toContain(
      'acknowledge of GHSA-aaaa-bbbb-cccc in Codertocat/Hello-World is due soon: due 2026-11-27 18:00 UTC (in 6 h)',
    );
    expect(issue!.body).toContain('| acknowledge | due-soon | 2026-11-27 18:00 UTC | — |');
    expect(issue!.body).toContain('@Codertocat/security');
    expect(hook).toEqual({
      text: 'Warden SLA: acknowledge of GHSA-aaaa-bbbb-cccc in Codertocat/Hello-World is due soon: due 2026-11-27 18:00 UTC (in 6 h).\nhttps://github.com/Codertocat/security-team/issues/7',
    });
    const everything =
      JSON.stringify([issue, hook, github().requests.filter((r) => r.method !== 'GET')]) + app.logs.join('');
    expect(everything).not.toContain('Session fixation');
    expect(everything).not.toContain('crafted link');

    mockInstallation();
    mockAdvisories([dueSoon()]);
    mockPolicy(ESCALATION);
    expect(await sweep(app)).toMatchObject({ notices: 0 });

    const restarted = await createTestApp({ store: app.store });
    mockInstallation();
    mockAdvisories([dueSoon()]);
    mockPolicy(ESCALATION);
    expect(await sweep(restarted)).toMatchObject({ notices: 0 });
    expect(github().requests.filter((r) => r.method !== 'GET')).toHaveLength(1);
    expect(await app.store.listAudit({ repo: 'Codertocat/Hello-World' })).toEqual([
      expect.objectContaining({
        action: 'sla-notice-sent',
        detail: expect.objectContaining({ channel: 'webhook' }),
      }),
      expect.objectContaining({
        action: 'sla-notice-sent',
        detail: expect.objectContaining({ channel: 'issue' }),
      }),
    ]);
  });

  it('sends a breach notice, updating the tracking issue in place with a comment that notifies', async () => {
    const app = await createTestApp();
    await app.store.setTrackingIssue(
      'Codertocat/Hello-World',
      'sla:GHSA-dddd-eeee-ffff>Codertocat/security-team',
      3,
      'open',
    );
    let update: Record<string, any> | undefined;
    let comment: Record<string, any> | undefined;
    let hook: Record<string, any> | undefined;
    mockInstallation();
    mockAdvisories([overdue()]);
    mockPolicy(
      ESCALATION,
      '# Security\n\nReport to security@hello-world.dev. We acknowledge reports within 2 business days.\n',
    );
    github()
      .api.get(TEAM_REPO)
      .reply(200, { name: 'security-team', private: true, visibility: 'private' })
      .patch(`${TEAM_REPO}/issues/3`, (body) => {
        update = body;
        return true;
      })
      .reply(200, { number: 3 })
      .post(`${TEAM_REPO}/issues/3/comments`, (body) => {
        comment = body;
        return true;
      })
      .reply(201, {});
    nock(HOOK)
      .post(HOOK_PATH, (body) => {
        hook = body;
        return true;
      })
      .reply(200, 'ok');

    const report = await sweep(app);

    // SECURITY.md promises 2 business days: Monday 16th 09:00 → Wednesday 18th 09:00.
    expect(update).toMatchObject({ state: 'open' });
    expect(update!.body).toContain('| acknowledge | breached | 2026-11-18 09:00 UTC | — |');
    expect(comment!.body).toContain(
      '**Overdue:** acknowledge of GHSA-dddd-eeee-ffff in Codertocat/Hello-World is overdue: it was due 2026-11-18 09:00 UTC (9 days ago)',
    );
    expect(comment!.body).toContain('**Due soon:** triage');
    expect(comment!.body.startsWith('@Codertocat/security')).toBe(true);
    expect(hook!.text).toContain('is overdue: it was due 2026-11-18 09:00 UTC');
    expect(hook!.text).toContain('https://github.com/Codertocat/security-team/issues/3');
    expect(report).toMatchObject({ notices: 4, failedNotices: 0 });
  });

  it('closes the tracking issue once the advisory is published', async () => {
    const app = await createTestApp();
    const purpose = 'sla:GHSA-dddd-eeee-ffff>Codertocat/security-team';
    await app.store.setTrackingIssue('Codertocat/Hello-World', purpose, 3, 'open');
    await app.store.upsertAdvisorySnapshot('Codertocat/Hello-World', 'GHSA-dddd-eeee-ffff', {
      state: 'draft',
      severity: 'high',
      updatedAt: new Date('2026-11-20T09:00:00Z'),
    });
    let closed: Record<string, any> | undefined;
    mockInstallation();
    mockAdvisories([
      {
        ...overdue(),
        state: 'published',
        severity: 'high',
        submission: { accepted: true },
        published_at: '2026-11-26T10:00:00Z',
        updated_at: '2026-11-26T10:00:00Z',
      },
    ]);
    mockPolicy(ESCALATION);
    github()
      .api.get(TEAM_REPO)
      .reply(200, { name: 'security-team', private: true, visibility: 'private' })
      .patch(`${TEAM_REPO}/issues/3`, (body) => {
        closed = body;
        return true;
      })
      .reply(200, { number: 3 });

    await sweep(app);

    expect(closed).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(closed!.body).toContain('| disclose | met |');
    expect(closed!.body).toContain('The advisory is now `published`');
    expect(await app.store.findTrackingIssue('Codertocat/Hello-World', purpose)).toEqual({
      issueNumber: 3,
      contentHash: 'resolved',
    });
  });

  it('refuses to post to a public escalation repository, and keeps the notice for a fixed config', async () => {
    const app = await createTestApp();
    mockInstallation();
    mockAdvisories([dueSoon()]);
    mockPolicy('sla:\n  escalation:\n    repository: Codertocat/Hello-World\n');
    github().api.get(REPO).reply(200, { name: 'Hello-World', private: false, visibility: 'public' });
    nock(HOOK).post(HOOK_PATH).reply(500, 'down');

    const report = await sweep(app);

    expect(report).toMatchObject({ notices: 0, failedNotices: 1 });
    expect(github().requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(app.logs.join('\n')).toContain('Refusing to post SLA notices');
    expect(app.logs.join('\n')).toContain('SLA notice not sent; the next sweep retries');
    // Both claims were released: a later sweep with a private repository (or a working webhook) sends them.
    expect(await app.store.claimNotification('sla:GHSA-aaaa-bbbb-cccc:acknowledge:due-soon:issue')).toBe(
      true,
    );
    expect(await app.store.claimNotification('sla:GHSA-aaaa-bbbb-cccc:acknowledge:due-soon:webhook')).toBe(
      true,
    );
  });

  it('turns on private vulnerability reporting of a public repository when configured, and audits it', async () => {
    const app = await createTestApp();
    mockInstallation({ private: false });
    mockAdvisories([]);
    github()
      .api.get(`${REPO}/contents/${CONFIG}`)
      .reply(200, 'sla:\n  enable_private_reporting: true\n')
      .get(`${REPO}/private-vulnerability-reporting`)
      .reply(200, { enabled: false })
      .put(`${REPO}/private-vulnerability-reporting`)
      .reply(204);

    await sweep(app);

    expect(await app.store.listAudit({ repo: 'Codertocat/Hello-World' })).toEqual([
      expect.objectContaining({ action: 'private-vulnerability-reporting-enabled' }),
    ]);
  });

  it('does nothing while another replica holds the lease', async () => {
    const app = await createTestApp();
    await app.store.acquireLease('sla-sweep', 'other-replica', 60_000, FIXED_NOW);

    expect(await sweep(app)).toMatchObject({ ran: false });
  });
});
