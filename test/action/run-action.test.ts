import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summary } from '@actions/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../src/action/run-action.js';
import { checksummedToken } from '../../src/core/secrets/sample.js';
import { useGitHubMock } from '../helpers/github-nock.js';
import { tempDir } from '../helpers/temp-dir.js';
import { webhookExample } from '../helpers/webhook-examples.js';

const github = useGitHubMock();
const REPO = '/repos/Codertocat/Hello-World';
const ghp = () => checksummedToken('ghp_');

interface ActionRun {
  stdout: string;
  summary: string;
  outputs: string;
  exitCode: number | undefined;
  workspace: string;
}

let written: string[] = [];
const savedEnv = { ...process.env };

beforeEach(() => {
  written = [];
  // @actions/core caches the summary file's path for the life of the process (one step on a
  // real runner); each test here is a step of its own.
  (summary as unknown as { _filePath?: string })._filePath = undefined;
  summary.emptyBuffer();
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...savedEnv };
  process.exitCode = undefined;
});

/** Runs the Action's main as a runner would: inputs and context in the environment. */
async function runWith(
  event: string,
  payload: Record<string, unknown>,
  inputs: Record<string, string> = {},
  files: Record<string, string> = {},
): Promise<ActionRun> {
  const workspace = tempDir(files);
  const runnerTemp = tempDir();
  const eventPath = join(runnerTemp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  const summaryPath = join(runnerTemp, 'summary.md');
  const outputPath = join(runnerTemp, 'output.txt');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  process.env = {
    ...savedEnv,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    INPUT_TOKEN: 'ghs_workflowtoken',
    INPUT_CHECKS: 'secrets',
    'INPUT_SARIF-FILE': 'warden.sarif',
    ...Object.fromEntries(
      Object.entries(inputs).map(([key, value]) => [`INPUT_${key.toUpperCase()}`, value]),
    ),
  };
  await runAction(process.env, { fetch: globalThis.fetch });
  return {
    stdout: written.join(''),
    summary: readFileSync(summaryPath, 'utf8'),
    outputs: readFileSync(outputPath, 'utf8'),
    exitCode: process.exitCode as number | undefined,
    workspace,
  };
}

describe('the Action on pull_request', () => {
  it('annotates the added line, writes the summary and SARIF, sets outputs and fails the step', async () => {
    const payload = webhookExample(
      'pull_request',
      (p) => p.action === 'opened' && p.repository.full_name === 'Codertocat/Hello-World',
    );
    const secret = ghp();
    github()
      .api.get(`${REPO}/pulls/2/files?per_page=100`)
      .reply(200, [
        {
          filename: 'app/.env',
          status: 'added',
          patch: `@@ -0,0 +1,2 @@\n+DEBUG=1\n+GITHUB_TOKEN=${secret}`,
        },
      ]);

    const run = await runWith('pull_request', payload);

    expect(run.stdout).toMatch(
      /::error title=Warden%3A GitHub personal access token \(classic\),file=app\/\.env,line=2,endLine=2,col=14,endColumn=53::ghp_… looks like/,
    );
    expect(run.summary).toContain('1 secret found in the 1 changed files of pull request #2');
    expect(run.summary).toContain('<td>app/.env:2</td>');
    const sarif = JSON.parse(readFileSync(join(run.workspace, 'warden.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(1);
    expect(run.outputs).toMatch(/findings<<.*\n1\n/);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::Warden found 1 secret at or above medium/);
    expect(run.stdout + run.summary + JSON.stringify(sarif)).not.toContain(secret.slice(4));
  });

  it('passes when nothing is found, and honours fail-on', async () => {
    const payload = webhookExample(
      'pull_request',
      (p) => p.action === 'opened' && p.repository.full_name === 'Codertocat/Hello-World',
    );
    github()
      .api.get(`${REPO}/pulls/2/files?per_page=100`)
      .reply(200, [{ filename: 'a.env', status: 'added', patch: `@@ -0,0 +1 @@\n+T=${ghp()}` }]);

    const run = await runWith('pull_request', payload, { 'fail-on': 'never' });

    expect(run.stdout).not.toMatch(/::error/);
    expect(run.exitCode).toBeUndefined();
    expect(run.stdout).toMatch(/::warning title=Warden/);
  });
});

describe('the Action on a pull request from a fork', () => {
  it('still annotates and summarizes, says what was skipped, and skips sla', async () => {
    const payload = webhookExample(
      'pull_request',
      (p) => p.action === 'opened' && p.repository.full_name === 'Codertocat/Hello-World',
    );
    payload.pull_request.head.repo = { ...payload.pull_request.head.repo, full_name: 'outsider/Hello-World' };
    github()
      .api.get(`${REPO}/pulls/2/files?per_page=100`)
      .reply(200, [{ filename: 'a.env', status: 'added', patch: `@@ -0,0 +1 @@\n+T=${ghp()}` }]);

    const run = await runWith('pull_request', payload, { checks: 'secrets, sla' });

    expect(run.stdout).toMatch(/::error .*file=a\.env,line=1/);
    expect(run.stdout).toContain('SLA: skipped on a pull request from a fork');
    expect(run.summary).toContain(
      'this pull request comes from a fork, whose token cannot read security advisories',
    );
    expect(run.summary).toContain('the workflow token is read-only');
  });
});

describe('the Action on push and schedule', () => {
  it('scans the pushed commits', async () => {
    const payload = Object.assign(
      webhookExample('push', (p) => p.ref === 'refs/heads/master'),
      {
        before: 'a'.repeat(40),
        after: 'b'.repeat(40),
        created: false,
      },
    );
    github()
      .api.get(`${REPO}/compare/${'a'.repeat(40)}...${'b'.repeat(40)}?per_page=250&page=1`)
      .reply(200, { total_commits: 1, commits: [{ sha: 'b'.repeat(40) }] })
      .get(`${REPO}/commits/${'b'.repeat(40)}?per_page=100&page=1`)
      .reply(200, { files: [{ filename: 'k.env', status: 'added', patch: `@@ -0,0 +1 @@\n+K=${ghp()}` }] });

    const run = await runWith('push', payload);

    expect(run.stdout).toMatch(/::error .*file=k\.env,line=1/);
    expect(run.exitCode).toBe(1);
  });

  it('scans the whole checked-out tree on schedule, with the repository config', async () => {
    const run = await runWith(
      'schedule',
      { schedule: '0 3 * * *' },
      {},
      {
        'src/config.py': `API = "x"\nTOKEN = "${ghp()}"\n`,
        'vendor/copy.txt': ghp(),
        '.github/warden.yml': 'secrets:\n  ignore_paths: [vendor/]\n',
      },
    );

    expect(run.stdout).toMatch(/::error .*file=src\/config\.py,line=2/);
    expect(run.stdout).not.toMatch(/vendor/);
    expect(run.summary).toMatch(/in the whole tree at ec26c3e \(2 files\)/);
  });
});

describe('the Action on bad input', () => {
  it.each([
    [
      { checks: 'secrets, dns' },
      /input 'checks' has unknown check dns; use any of secrets, branch-protection, security-md, sla/,
    ],
    [{ 'fail-on': 'sometimes' }, /input 'fail-on' must be one of critical, high, medium, low, never/],
    [{ config: 'missing.yml' }, /cannot read config missing\.yml: ENOENT/],
  ])('%j fails the step saying what to change', async (inputs, message) => {
    const run = await runWith('schedule', {}, inputs);

    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`::error::Warden could not run: ${message.source}`));
  });
});
