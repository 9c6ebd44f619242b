import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summary } from '@actions/core';
import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ActionEnv, readActionEnv } from '../../src/action/action-env.js';
import { runSecurityMdCheck } from '../../src/action/run-security-md-check.js';
import { runSlaCheck, SLA_TOKEN_HELP } from '../../src/action/run-sla-check.js';
import { validateConfig } from '../../src/core/config/parse-config.js';
import type { GitHubClient } from '../../src/github/client.js';
import { repositoryAdvisory } from '../fixtures/events/repository-advisory.js';
import { useGitHubMock } from '../helpers/github-nock.js';
import { tempDir } from '../helpers/temp-dir.js';
import { webhookExample } from '../helpers/webhook-examples.js';

const github = useGitHubMock();
const REPO = '/repos/Codertocat/Hello-World';
const NOW = new Date('2026-11-27T12:00:00Z');

let written: string[] = [];
let summaryPath: string;

beforeEach(() => {
  written = [];
  const runnerTemp = tempDir();
  summaryPath = join(runnerTemp, 'summary.md');
  writeFileSync(summaryPath, '');
  vi.stubEnv('GITHUB_STEP_SUMMARY', summaryPath);
  (summary as unknown as { _filePath?: string })._filePath = undefined;
  summary.emptyBuffer();
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

/** The runner's view of a push to Codertocat/Hello-World (public unless `isPrivate`). */
function actionEnv(files: Record<string, string>, isPrivate?: boolean): ActionEnv {
  const payload = webhookExample('push', (p) => p.ref === 'refs/heads/master');
  if (isPrivate !== undefined) {
    payload.repository.private = isPrivate;
    payload.repository.visibility = isPrivate ? 'private' : 'public';
  }
  const eventPath = join(tempDir(), 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  return readActionEnv({
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_WORKSPACE: tempDir(files),
  });
}

const client = () =>
  getOctokit('ghs_apptoken', { request: { fetch: globalThis.fetch } }) as unknown as GitHubClient;

/** What the step printed and wrote to its summary. */
async function output(): Promise<{ stdout: string; summary: string }> {
  await summary.write();
  return { stdout: written.join(''), summary: readFileSync(summaryPath, 'utf8') };
}

describe('the Action: security-md', () => {
  it('annotates each finding on its line, summarizes every one and fails on an error', async () => {
    const env = actionEnv({
      'SECURITY.md':
        '# Security\n\n## Reporting a Vulnerability\n\nUse [private reporting](https://github.com/Codertocat/Hello-World/security/advisories/new) or security@example.com.\n',
    });
    github()
      .api.get(`${REPO}/private-vulnerability-reporting`)
      .reply(403, { message: 'Resource not accessible by integration' });

    const result = await runSecurityMdCheck(env, client);

    const { stdout, summary: text } = await output();
    expect(result).toEqual({ findings: 2, failed: true, message: '1 error in SECURITY.md' });
    expect(stdout).toMatch(
      /::error title=Warden%3A SECURITY\.md placeholder-contact,file=SECURITY\.md,line=5::A template placeholder/,
    );
    expect(stdout).toMatch(
      /::notice title=Warden%3A SECURITY\.md no-response-targets,file=SECURITY\.md,line=1::/,
    );
    expect(text).toContain('<h2>Warden: SECURITY.md</h2>');
    expect(text).toContain('| error | 5 |');
    expect(text).toContain('could not be read with this token');
  });

  it('fails without a SECURITY.md, reading .github/ and docs/ as GitHub does', async () => {
    const result = await runSecurityMdCheck(actionEnv({ 'docs/README.md': '# Docs\n' }));

    const { stdout } = await output();
    expect(result).toMatchObject({ findings: 1, failed: true });
    expect(stdout).toMatch(
      /::error title=Warden%3A SECURITY\.md missing-security-md::No SECURITY\.md was found/,
    );
  });

  it('passes a good policy in .github/ with no request when it names no GitHub reporting', async () => {
    const result = await runSecurityMdCheck(
      actionEnv({
        '.github/SECURITY.md':
          '# Security\n\nEmail security@hello-world.dev. We acknowledge reports within 2 business days and fix critical issues within 14 days.\n',
      }),
      client,
    );

    expect(result).toEqual({ findings: 0, failed: false });
    expect((await output()).summary).toContain('Read `.github/SECURITY.md`.');
  });
});

describe('the Action: sla', () => {
  const config = validateConfig({});
  if (!config.ok) throw new Error('default config is invalid');
  const advisories = [
    // Reported Tuesday 18:00, never accepted: acknowledging is due soon.
    repositoryAdvisory({ ghsa_id: 'GHSA-aaaa-bbbb-cccc' }),
    // Reported on the 16th, never accepted: acknowledging is overdue.
    repositoryAdvisory({
      ghsa_id: 'GHSA-dddd-eeee-ffff',
      created_at: '2026-11-16T09:00:00Z',
      updated_at: '2026-11-16T09:00:00Z',
    }),
  ];

  it('prints only counts on a public repository: no advisory id, summary or date', async () => {
    github().api.get(`${REPO}/security-advisories?per_page=100`).reply(200, advisories);

    const result = await runSlaCheck(actionEnv({}, false), client, config.config, NOW);

    const { stdout, summary: text } = await output();
    expect(result).toEqual({
      findings: 1,
      failed: true,
      message: '1 advisory has a breached response stage',
    });
    expect(stdout).toContain('SLA: 2 advisories, 1 with a breached stage; stages: 1 breached, 2 due soon');
    expect(stdout).toContain('(public repository: counts only)');
    for (const secret of ['GHSA-', 'Session fixation', 'crafted link', '2026-11', 'high'])
      expect(stdout + text, secret).not.toContain(secret);
  });

  it('lists each advisory on a private repository', async () => {
    github().api.get(`${REPO}/security-advisories?per_page=100`).reply(200, advisories);

    await runSlaCheck(actionEnv({}, true), client, config.config, NOW);

    const { stdout, summary: text } = await output();
    expect(stdout).toContain(
      'GHSA-dddd-eeee-ffff (no severity): acknowledge breached (due 2026-11-19T09:00:00Z)',
    );
    expect(text).toContain('<td>GHSA-aaaa-bbbb-cccc</td>');
    expect(stdout + text).not.toContain('Session fixation');
  });

  it('asks the API when the event does not say, and stays quiet when it cannot tell', async () => {
    const env = { ...actionEnv({}), payload: { schedule: '0 3 * * *' } };
    github()
      .api.get(REPO)
      .reply(404, {})
      .get(`${REPO}/security-advisories?per_page=100`)
      .reply(200, advisories);

    await runSlaCheck(env, client, config.config, NOW);

    expect((await output()).stdout).not.toContain('GHSA-');
  });

  it('explains a token that cannot read advisories', async () => {
    github()
      .api.get(`${REPO}/security-advisories?per_page=100`)
      .reply(403, { message: 'Resource not accessible by integration' });

    const result = await runSlaCheck(actionEnv({}, false), client, config.config, NOW);

    expect(result).toEqual({
      findings: 0,
      failed: true,
      message: `GitHub answered 403 to listing security advisories. ${SLA_TOKEN_HELP}`,
    });
    expect((await output()).summary).toContain('actions/create-github-app-token');
  });
});
