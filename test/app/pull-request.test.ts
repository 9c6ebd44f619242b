import { describe, expect, it } from 'vitest';
import { checksummedToken } from '../../src/core/secrets/sample.js';
import { useGitHubMock } from '../helpers/github-nock.js';
import { createTestApp } from '../helpers/test-app.js';
import { webhookExample } from '../helpers/webhook-examples.js';

const github = useGitHubMock();
const REPO = '/repos/Codertocat/Hello-World';
const ghp = () => checksummedToken('ghp_');

function openedPullRequest() {
  return webhookExample(
    'pull_request',
    (p) => p.action === 'opened' && p.repository.full_name === 'Codertocat/Hello-World',
  );
}

/** No `.github/warden.yml` in the repo nor in the org's `.github` repo: defaults apply. */
function mockNoConfig() {
  github()
    .api.get(`${REPO}/contents/${encodeURIComponent('.github/warden.yml')}`)
    .reply(404, { message: 'Not Found' })
    .get(`/repos/Codertocat/.github/contents/${encodeURIComponent('.github/warden.yml')}`)
    .reply(404, { message: 'Not Found' });
}

function patchAdding(lines: string[], at = 1): string {
  return [`@@ -${at},0 +${at},${lines.length} @@`, ...lines.map((line) => `+${line}`)].join('\n');
}

describe('pull_request.opened', () => {
  it('annotates a leaked token on its exact line and fails the check, without sending the token anywhere', async () => {
    const app = await createTestApp();
    const payload = openedPullRequest();
    const head = payload.pull_request.head.sha;
    const secret = ghp();
    const checkRun: { body?: Record<string, any> } = {};
    mockNoConfig();
    github()
      .api.post(
        `${REPO}/check-runs`,
        (body) => body.name === 'Warden / secrets' && body.head_sha === head && body.status === 'in_progress',
      )
      .reply(201, { id: 42 })
      .get(`${REPO}/pulls/2/files?per_page=100`)
      .reply(200, [
        {
          filename: 'src/deploy.sh',
          status: 'modified',
          patch: ['@@ -1,2 +1,3 @@', ' #!/bin/sh', `+export GITHUB_TOKEN=${secret}`, ' echo ok'].join('\n'),
        },
        { filename: 'README.md', status: 'added', patch: patchAdding(['# Hello']) },
        { filename: 'old.env', status: 'removed', patch: `@@ -1 +0,0 @@\n-TOKEN=${ghp()}` },
      ])
      .patch(`${REPO}/check-runs/42`, (body) => {
        checkRun.body = body;
        return true;
      })
      .reply(200, { id: 42 });

    await app.receive('pull_request', payload);

    expect(checkRun.body).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: '1 secret found (1 critical)' },
    });
    expect(checkRun.body!.output.annotations).toEqual([
      expect.objectContaining({
        path: 'src/deploy.sh',
        start_line: 2,
        end_line: 2,
        start_column: 21,
        end_column: 21 + 40 - 1,
        annotation_level: 'failure',
      }),
    ]);
    expect(checkRun.body!.output.annotations[0].message).toMatch(
      /^ghp_… looks like a GitHub personal access token/,
    );
    expect(checkRun.body!.output.summary).toContain('Rotate each one first');
    const everything = JSON.stringify(github().requests) + app.logs.join('\n');
    expect(everything).not.toContain(secret.slice(4));
  });

  it('sends every annotation, 50 per request, and completes with the last batch', async () => {
    const app = await createTestApp();
    const payload = openedPullRequest();
    const lines = Array.from({ length: 120 }, (_, i) => `TOKEN_${i}=${ghp()}`);
    const updates: Array<Record<string, any>> = [];
    mockNoConfig();
    github()
      .api.post(`${REPO}/check-runs`)
      .reply(201, { id: 7 })
      .get(`${REPO}/pulls/2/files?per_page=100`)
      .reply(200, [{ filename: 'tokens.env', status: 'added', patch: patchAdding(lines) }])
      .patch(`${REPO}/check-runs/7`, (body) => {
        updates.push(body);
        return true;
      })
      .times(3)
      .reply(200, { id: 7 });

    await app.receive('pull_request', payload);

    expect(updates.map((update) => [update.status, update.output.annotations.length])).toEqual([
      [undefined, 50],
      [undefined, 50],
      ['completed', 20],
    ]);
    const lineNumbers = updates.flatMap((update) =>
      update.output.annotations.map((a: { start_line: number }) => a.start_line),
    );
    expect(lineNumbers).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  });

  it('reads every page of files, fetches files GitHub sends no patch for, and says so', async () => {
    const app = await createTestApp();
    const payload = openedPullRequest();
    const head = payload.pull_request.head.sha;
    const page1 = Array.from({ length: 100 }, (_, i) => ({
      filename: `f${i}.txt`,
      status: 'added',
      patch: patchAdding(['clean']),
    }));
    let completed: Record<string, any> | undefined;
    mockNoConfig();
    github()
      .api.post(`${REPO}/check-runs`)
      .reply(201, { id: 9 })
      .get(`${REPO}/pulls/2/files?per_page=100`)
      .reply(200, page1, {
        link: `<https://api.github.com${REPO}/pulls/2/files?per_page=100&page=2>; rel="next"`,
      })
      .get(`${REPO}/pulls/2/files?per_page=100&page=2`)
      .reply(200, [{ filename: 'dist/huge.js', status: 'modified' }])
      .get(`${REPO}/contents/dist%2Fhuge.js?ref=${head}`)
      .reply(200, `// bundle\nvar a=1;var t="${ghp()}";\n`)
      .patch(`${REPO}/check-runs/9`, (body) => {
        completed = body;
        return true;
      })
      .reply(200, { id: 9 });

    await app.receive('pull_request', payload);

    expect(
      completed!.output.annotations.map((a: { path: string; start_line: number }) => [a.path, a.start_line]),
    ).toEqual([['dist/huge.js', 2]]);
    expect(completed!.output.summary).toContain('101 files of pull request #2');
    expect(completed!.output.summary).toContain(
      'GitHub sent no diff for `dist/huge.js` (too large); the whole file was scanned.',
    );
  });
});

describe('config', () => {
  it('fails the check with every problem of a broken config, and does not scan with defaults', async () => {
    const app = await createTestApp();
    const payload = openedPullRequest();
    let failed: Record<string, any> | undefined;
    github()
      .api.post(`${REPO}/check-runs`)
      .reply(201, { id: 3 })
      .get(`${REPO}/contents/${encodeURIComponent('.github/warden.yml')}`)
      .reply(200, 'secrets:\n  fail_on: severe\n  colour: blue\n')
      .patch(`${REPO}/check-runs/3`, (body) => {
        failed = body;
        return true;
      })
      .reply(200, { id: 3 })
      // The config dry run lists the files too: no config change, so no check run of its own.
      .get(`${REPO}/pulls/2/files?per_page=100`)
      .reply(200, [{ filename: 'README.md', status: 'modified', patch: patchAdding(['x']) }]);

    await app.receive('pull_request', payload);

    expect(failed).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'Invalid Warden config' },
    });
    expect(failed!.output.summary).toMatch(/secrets\.fail_on: /);
    expect(failed!.output.summary).toMatch(/secrets\.colour: unknown key/);
  });

  it('validates a .github/warden.yml the pull request changes and annotates its problems', async () => {
    const app = await createTestApp();
    const payload = openedPullRequest();
    const head = payload.pull_request.head.sha;
    let completed: Record<string, any> | undefined;
    let dryRun: Record<string, any> | undefined;
    mockNoConfig();
    github()
      .api.post(`${REPO}/check-runs`, (body) => body.name === 'Warden / secrets')
      .reply(201, { id: 5 })
      .get(`${REPO}/pulls/2/files?per_page=100`)
      .reply(200, [
        {
          filename: '.github/warden.yml',
          status: 'modified',
          patch: patchAdding(['secrets:', '  fail_on: sometimes']),
        },
      ])
      .get(`${REPO}/contents/${encodeURIComponent('.github/warden.yml')}?ref=${head}`)
      .times(2)
      .reply(200, 'secrets:\n  fail_on: sometimes\n')
      .patch(`${REPO}/check-runs/5`, (body) => {
        completed = body;
        return true;
      })
      .reply(200, { id: 5 })
      .post(`${REPO}/check-runs`, (body) => body.name === 'Warden / branch protection')
      .reply(201, { id: 6 })
      .patch(`${REPO}/check-runs/6`, (body) => {
        dryRun = body;
        return true;
      })
      .reply(200, { id: 6 });

    await app.receive('pull_request', payload);

    expect(dryRun).toMatchObject({ conclusion: 'failure', output: { title: 'Invalid Warden config' } });
    expect(completed).toMatchObject({ conclusion: 'failure' });
    expect(completed!.output.title).toMatch(/^Invalid Warden config; no secrets found/);
    expect(completed!.output.annotations).toEqual([
      expect.objectContaining({ path: '.github/warden.yml', start_line: 2, annotation_level: 'failure' }),
    ]);
  });
});

describe('errors and redelivery', () => {
  it('completes the check with what to do when GitHub fails, and rethrows for the log', async () => {
    const app = await createTestApp();
    const payload = openedPullRequest();
    let failed: Record<string, any> | undefined;
    mockNoConfig();
    github()
      .api.post(`${REPO}/check-runs`)
      .reply(201, { id: 11 })
      .get(`${REPO}/pulls/2/files?per_page=100`)
      .reply(502, { message: 'Server Error' })
      .patch(`${REPO}/check-runs/11`, (body) => {
        failed = body;
        return true;
      })
      .reply(200, { id: 11 });

    await expect(app.receive('pull_request', payload)).rejects.toThrow();

    expect(failed).toMatchObject({
      status: 'completed',
      conclusion: 'neutral',
      output: { title: 'GitHub had an error' },
    });
    expect(failed!.output.summary).toMatch(/GitHub answered 502 .*re-run this check/);
  });

  it('says which permission is missing', async () => {
    const app = await createTestApp();
    const payload = openedPullRequest();
    let failed: Record<string, any> | undefined;
    mockNoConfig();
    github()
      .api.post(`${REPO}/check-runs`)
      .reply(201, { id: 12 })
      .get(`${REPO}/pulls/2/files?per_page=100`)
      .reply(403, { message: 'Resource not accessible by integration' })
      .patch(`${REPO}/check-runs/12`, (body) => {
        failed = body;
        return true;
      })
      .reply(200, { id: 12 });

    await expect(app.receive('pull_request', payload)).rejects.toThrow();

    expect(failed).toMatchObject({
      conclusion: 'failure',
      output: { title: 'Warden is missing a permission' },
    });
    expect(failed!.output.summary).toContain('docs/permissions.md');
  });

  it('does the work of a redelivered webhook (same delivery id) only once', async () => {
    const app = await createTestApp();
    const payload = openedPullRequest();
    mockNoConfig();
    github()
      .api.post(`${REPO}/check-runs`)
      .reply(201, { id: 13 })
      .get(`${REPO}/pulls/2/files?per_page=100`)
      .reply(200, [])
      .patch(`${REPO}/check-runs/13`)
      .reply(200, { id: 13 });

    await app.receive('pull_request', payload, 'same-delivery');
    await app.receive('pull_request', payload, 'same-delivery');

    expect(github().requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('re-runs the scan when the check is re-requested', async () => {
    const app = await createTestApp();
    const payload = webhookExample('check_run', (p) => p.action === 'rerequested');
    payload.check_run.name = 'Warden / secrets';
    payload.check_run.pull_requests = [
      {
        number: 2,
        id: 1,
        url: '',
        head: { ref: 'x', sha: payload.check_run.head_sha, repo: {} },
        base: { ref: 'main', sha: 'b', repo: {} },
      },
    ];
    const repo = `/repos/${payload.repository.full_name}`;
    github()
      .api.get(`${repo}/contents/${encodeURIComponent('.github/warden.yml')}`)
      .reply(404, {})
      .get(
        `/repos/${payload.repository.owner.login}/.github/contents/${encodeURIComponent('.github/warden.yml')}`,
      )
      .reply(404, {})
      .post(`${repo}/check-runs`, (body) => body.head_sha === payload.check_run.head_sha)
      .reply(201, { id: 14 })
      .get(`${repo}/pulls/2/files?per_page=100`)
      .reply(200, [])
      .patch(`${repo}/check-runs/14`, (body) => body.conclusion === 'success')
      .reply(200, { id: 14 });

    await app.receive('check_run', payload);
  });
});
