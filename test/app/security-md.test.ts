import { describe, expect, it } from 'vitest';
import { useGitHubMock } from '../helpers/github-nock.js';
import { createTestApp } from '../helpers/test-app.js';
import { webhookExample } from '../helpers/webhook-examples.js';

const github = useGitHubMock();
const REPO = '/repos/Codertocat/Hello-World';
const CONFIG = encodeURIComponent('.github/warden.yml');
const CHECK = 'Warden / security-md';
/** Only the SECURITY.md check speaks: the secret scan and branch protection are off. */
const QUIET_CONFIG = 'secrets:\n  enabled: false\nbranch_protection:\n  enabled: false\n';
const sha = (n: number) => n.toString(16).padStart(40, 'a');

/** The secret scan's own check run, completed as "disabled" by the config above. */
function mockQuietSecretsCheck() {
  github()
    .api.get(`${REPO}/contents/${CONFIG}`)
    .reply(200, QUIET_CONFIG)
    .post(`${REPO}/check-runs`, (body) => body.name === 'Warden / secrets')
    .reply(201, { id: 1 })
    .patch(`${REPO}/check-runs/1`, (body) => body.conclusion === 'neutral')
    .reply(200, {});
}

const PLACEHOLDER_POLICY = [
  '# Security Policy',
  '',
  '## Reporting a Vulnerability',
  '',
  'Please report vulnerabilities through [GitHub private vulnerability reporting](https://github.com/Codertocat/Hello-World/security/advisories/new) or e-mail security@example.com.',
  '',
  'We acknowledge reports within 3 business days.',
  '',
].join('\n');

describe('Warden / security-md', () => {
  it('lints SECURITY.md changed on the default branch, with each finding on its line', async () => {
    const app = await createTestApp();
    const payload = Object.assign(
      webhookExample('push', (p) => p.ref === 'refs/heads/master' && p.installation?.id === 1),
      { before: sha(1), after: sha(2), created: false },
    );
    payload.commits[0].modified = ['README.md', 'SECURITY.md'];
    let completed: Record<string, any> | undefined;
    mockQuietSecretsCheck();
    github()
      .api.post(`${REPO}/check-runs`, (body) => body.name === CHECK && body.head_sha === sha(2))
      .reply(201, { id: 52 })
      .get(`${REPO}/git/trees/${sha(2)}`)
      .reply(200, {
        sha: 't',
        truncated: false,
        tree: [
          { path: 'README.md', type: 'blob', sha: 'b0' },
          { path: 'SECURITY.md', type: 'blob', sha: 'b1' },
        ],
      })
      .get(`${REPO}/contents/SECURITY.md?ref=${sha(2)}`)
      .reply(200, PLACEHOLDER_POLICY)
      .get(`${REPO}/private-vulnerability-reporting`)
      .reply(200, { enabled: false })
      .patch(`${REPO}/check-runs/52`, (body) => {
        completed = body;
        return true;
      })
      .reply(200, {});

    await app.receive('push', payload);

    expect(completed).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'SECURITY.md: 2 findings (2 errors)' },
    });
    expect(completed!.output.annotations).toEqual([
      expect.objectContaining({
        path: 'SECURITY.md',
        start_line: 5,
        annotation_level: 'failure',
        title: 'SECURITY.md: private-reporting-disabled',
      }),
      expect.objectContaining({
        path: 'SECURITY.md',
        start_line: 5,
        annotation_level: 'failure',
        title: 'SECURITY.md: placeholder-contact',
      }),
    ]);
    expect(completed!.output.annotations[1].message).toContain('How to fix: Replace "security@example.com"');
    expect(completed!.output.summary).toContain('Read `SECURITY.md`.');
  });

  it('lints a pull request that changes .github/SECURITY.md, and says when reporting state is unknown', async () => {
    const app = await createTestApp();
    const payload = webhookExample(
      'pull_request',
      (p) => p.action === 'opened' && p.repository.full_name === 'Codertocat/Hello-World',
    );
    const head = payload.pull_request.head.sha as string;
    let completed: Record<string, any> | undefined;
    mockQuietSecretsCheck();
    github()
      .api.get(`${REPO}/pulls/2/files?per_page=100`)
      .reply(200, [{ filename: '.github/SECURITY.md', status: 'modified', patch: '@@ -1 +1 @@\n-x\n+y' }])
      .post(`${REPO}/check-runs`, (body) => body.name === CHECK)
      .reply(201, { id: 53 })
      .get(`${REPO}/git/trees/${head}`)
      .reply(200, { sha: 't', truncated: false, tree: [{ path: '.github', type: 'tree', sha: 'gh1' }] })
      .get(`${REPO}/git/trees/gh1`)
      .reply(200, { sha: 'gh1', truncated: false, tree: [{ path: 'SECURITY.md', type: 'blob', sha: 'b2' }] })
      .get(`${REPO}/contents/${encodeURIComponent('.github/SECURITY.md')}?ref=${head}`)
      .reply(
        200,
        'Report vulnerabilities privately: https://github.com/Codertocat/Hello-World/security/advisories/new\n',
      )
      .get(`${REPO}/private-vulnerability-reporting`)
      .reply(403, { message: 'Resource not accessible by integration' })
      .patch(`${REPO}/check-runs/53`, (body) => {
        completed = body;
        return true;
      })
      .reply(200, {});

    await app.receive('pull_request', payload);

    expect(completed).toMatchObject({ conclusion: 'success', output: { title: 'SECURITY.md: 1 finding' } });
    expect(completed!.output.annotations).toEqual([
      expect.objectContaining({ path: '.github/SECURITY.md', start_line: 1, annotation_level: 'notice' }),
    ]);
    expect(completed!.output.summary).toContain(
      'could not read whether private vulnerability reporting is enabled',
    );
  });

  it('stays silent on pushes that leave SECURITY.md alone', async () => {
    const app = await createTestApp();
    const payload = Object.assign(
      webhookExample('push', (p) => p.ref === 'refs/heads/master' && p.installation?.id === 1),
      { before: sha(1), after: sha(2), created: false },
    );
    payload.commits[0].modified = ['docs/guide.md', 'src/security.md.ts'];
    mockQuietSecretsCheck();

    await app.receive('push', payload);

    expect(github().requests.filter((r) => JSON.stringify(r.body ?? '').includes(CHECK))).toEqual([]);
  });
});
