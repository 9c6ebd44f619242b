import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppDeps } from '../../src/app/create-app-deps.js';
import {
  SWEEP_LEASE,
  type SweepMemory,
  sweepBranchProtection,
} from '../../src/app/sweep-branch-protection.js';
import { useGitHubMock } from '../helpers/github-nock.js';
import { createTestApp, FIXED_NOW, type TestApp } from '../helpers/test-app.js';
import { mockConfig, mockState } from './branch-protection-github.js';

const github = useGitHubMock();
const REPO = '/repos/Codertocat/Hello-World';

beforeEach(() => {
  vi.stubEnv('WARDEN_APP_SLUG', 'warden');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** GitHub's ETag for a path, as the mock answers it (weak, like most of GitHub's). */
const etagOf = (path: string) => `W/"${Buffer.from(path).toString('base64url')}"`;

function mockInstallations(headers: Record<string, string> = {}) {
  github()
    .api.get('/app/installations?per_page=100')
    .reply(200, [
      { id: 1, account: { login: 'Codertocat' }, suspended_at: null },
      { id: 2, account: { login: 'suspended-org' }, suspended_at: '2026-11-01T00:00:00Z' },
    ])
    .get('/installation/repositories?per_page=100')
    .reply(
      200,
      {
        total_count: 1,
        repositories: [
          { name: 'Hello-World', full_name: 'Codertocat/Hello-World', owner: { login: 'Codertocat' } },
        ],
      },
      headers,
    );
}

function sweep(app: TestApp, memory: SweepMemory) {
  return sweepBranchProtection(
    app.probot,
    createAppDeps(app.probot, { store: app.store, now: () => FIXED_NOW }, {}),
    memory,
  );
}

describe('the periodic sweep', () => {
  it('reconciles every repository of every active installation, then spends no quota on a repository that did not change (304)', async () => {
    const app = await createTestApp();
    const memory: SweepMemory = { cache: new Map(), outcomes: new Map() };
    github().api.defaultReplyHeaders({ ETag: (req) => etagOf(req.path) });
    mockInstallations();
    mockConfig(github().api, REPO);
    mockState(github().api, REPO);
    github().api.post(`${REPO}/issues`).reply(201, { number: 5 });

    const first = await sweep(app, memory);
    const firstGets = github().requests.filter(
      (request) => request.method === 'GET' && request.path !== '/app/installations?per_page=100',
    );
    expect(first).toMatchObject({
      ran: true,
      installations: 1,
      repositories: 1,
      unchanged: 0,
      notModified: 0,
    });
    expect(github().requests.filter((request) => request.method === 'POST')).toHaveLength(1);

    // Second sweep: every answer is the same. The config files and the classic protection
    // still answer 404 (no ETag to send); every other GET carries If-None-Match, and GitHub
    // answers 304 Not Modified.
    github()
      .api.get('/app/installations?per_page=100')
      .reply(200, [{ id: 1, account: { login: 'Codertocat' }, suspended_at: null }]);
    for (const { path } of firstGets) {
      if (path.includes('warden.yml') || path.endsWith('/protection'))
        github().api.get(path).reply(404, { message: 'Not Found' });
      else github().api.get(path).matchHeader('if-none-match', etagOf(path)).reply(304);
    }
    const before = github().requests.length;

    const second = await sweep(app, memory);

    expect(second).toMatchObject({ ran: true, repositories: 1, unchanged: 1, failed: 0 });
    expect(second.notModified).toBe(firstGets.length - 3);
    expect(
      github()
        .requests.slice(before)
        .filter((request) => request.method !== 'GET'),
    ).toEqual([]);
    expect(app.logs.join('\n')).toMatch(/"trigger":"sweep","unchanged":true/);

    // Third sweep: one answer changed (a new ETag), so the repository is checked again; the
    // findings are the same, so the tracking issue is left as it is.
    github()
      .api.get('/app/installations?per_page=100')
      .reply(200, [{ id: 1, account: { login: 'Codertocat' }, suspended_at: null }]);
    for (const { path } of firstGets) {
      if (path.includes('warden.yml') || path.endsWith('/protection'))
        github().api.get(path).reply(404, { message: 'Not Found' });
      else if (path.includes('/rules/branches/')) github().api.get(path).reply(200, [], { ETag: 'W/"new"' });
      else github().api.get(path).matchHeader('if-none-match', etagOf(path)).reply(304);
    }

    const third = await sweep(app, memory);

    expect(third).toMatchObject({ ran: true, unchanged: 0, failed: 0 });
    expect(github().requests.filter((request) => request.method !== 'GET')).toHaveLength(1);
  });

  it('stops before the rate limit runs out and leaves the rest to the next sweep', async () => {
    const app = await createTestApp();
    mockInstallations({
      'x-ratelimit-remaining': '40',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-reset': '1795000000',
    });

    const report = await sweep(app, { cache: new Map(), outcomes: new Map() });

    expect(report).toMatchObject({ ran: true, repositories: 1, left: 1 });
  });

  it('does nothing while another replica holds the sweep lease', async () => {
    const app = await createTestApp();
    await app.store.acquireLease(SWEEP_LEASE, 'other-replica', 60_000, new Date());

    const report = await sweep(app, { cache: new Map(), outcomes: new Map() });

    expect(report.ran).toBe(false);
    expect(github().requests).toEqual([]);
  });
});
