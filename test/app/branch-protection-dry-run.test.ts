import { describe, expect, it } from 'vitest';
import { useGitHubMock } from '../helpers/github-nock.js';
import { createTestApp } from '../helpers/test-app.js';
import { webhookExample } from '../helpers/webhook-examples.js';
import { mockConfig, mockState, tier1Ruleset } from './branch-protection-github.js';

const github = useGitHubMock();
const REPO = '/repos/Codertocat/Hello-World';
const CONFIG = encodeURIComponent('.github/warden.yml');

function openedPullRequest() {
  return webhookExample(
    'pull_request',
    (p) => p.action === 'opened' && p.repository.full_name === 'Codertocat/Hello-World',
  );
}

/** The secret scan of the same pull request, which runs alongside: nothing found. */
function mockSecretScan(files: Array<Record<string, unknown>>, head: string, proposed: string) {
  mockConfig(github().api, REPO);
  github()
    .api.post(`${REPO}/check-runs`, (body) => body.name === 'Warden / secrets')
    .reply(201, { id: 1 })
    .get(`${REPO}/pulls/2/files?per_page=100`)
    .reply(200, files)
    .get(`${REPO}/contents/${CONFIG}?ref=${head}`)
    .reply(200, proposed)
    .patch(`${REPO}/check-runs/1`)
    .reply(200, {});
}

describe('dry run of a pull request that changes .github/warden.yml', () => {
  it('puts the plan merging would apply on `Warden / branch protection`, changing nothing', async () => {
    const app = await createTestApp();
    const payload = openedPullRequest();
    const head = payload.pull_request.head.sha;
    const proposed = 'branch_protection:\n  action: fix\n  preset: tier-2\n';
    let completed: Record<string, any> | undefined;
    mockSecretScan(
      [{ filename: '.github/warden.yml', status: 'added', patch: '@@ -0,0 +1,3 @@\n+branch_protection:' }],
      head,
      proposed,
    );
    github()
      .api.post(
        `${REPO}/check-runs`,
        (body) => body.name === 'Warden / branch protection' && body.head_sha === head,
      )
      .reply(201, { id: 2 })
      .get(`${REPO}/contents/${CONFIG}?ref=${head}`)
      .reply(200, proposed);
    mockState(github().api, REPO, { rulesets: [tier1Ruleset()] });
    github()
      .api.patch(`${REPO}/check-runs/2`, (body) => {
        completed = body;
        return true;
      })
      .reply(200, {});

    await app.receive('pull_request', payload);

    expect(completed).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      output: { title: 'Merging applies 1 change (2 findings)' },
    });
    const summary = completed!.output.summary as string;
    expect(summary).toContain('Merged, with preset `tier-2`, action `fix`');
    expect(summary).toContain(`**Update ruleset #42 "Warden: branch protection"**`);
    expect(summary).toContain(
      '- rule `pull_request`: required_approving_review_count 1, dismiss_stale_reviews_on_push false',
    );
    expect(summary).toContain('<details><summary>Request body</summary>');
    expect(summary).toContain('does not require branches to be up to date before merging');
    expect(
      github().requests.filter(
        (request) => ['PUT', 'POST'].includes(request.method) && request.path.includes('rulesets'),
      ),
    ).toEqual([]);
  });

  it('says what an `issue` config would report, and fails on a config that does not validate', async () => {
    const app = await createTestApp();
    const payload = openedPullRequest();
    const head = payload.pull_request.head.sha;
    const proposed = 'branch_protection:\n  preset: tier-6\n';
    const outputs: Array<Record<string, any>> = [];
    mockSecretScan(
      [{ filename: '.github/warden.yml', status: 'modified', patch: '@@ -1 +1 @@\n+  preset: tier-6' }],
      head,
      proposed,
    );
    github()
      .api.post(`${REPO}/check-runs`, (body) => body.name === 'Warden / branch protection')
      .reply(201, { id: 2 })
      .get(`${REPO}/contents/${CONFIG}?ref=${head}`)
      .reply(200, proposed)
      .patch(`${REPO}/check-runs/2`, (body) => {
        outputs.push(body);
        return true;
      })
      .reply(200, {});

    await app.receive('pull_request', payload);

    expect(outputs[0]).toMatchObject({ conclusion: 'failure', output: { title: 'Invalid Warden config' } });
    expect(outputs[0]!.output.summary).toMatch(/branch_protection\.preset/);
  });

  it('leaves pull requests that do not touch the config alone', async () => {
    const app = await createTestApp();
    const payload = openedPullRequest();
    mockConfig(github().api, REPO);
    github()
      .api.post(`${REPO}/check-runs`, (body) => body.name === 'Warden / secrets')
      .reply(201, { id: 1 })
      .get(`${REPO}/pulls/2/files?per_page=100`)
      .reply(200, [{ filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n+hello' }])
      .patch(`${REPO}/check-runs/1`)
      .reply(200, {});

    await app.receive('pull_request', payload);

    expect(github().requests.filter((request) => request.path.endsWith('/check-runs'))).toHaveLength(1);
  });
});
