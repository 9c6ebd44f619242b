import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summary } from '@actions/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../src/action/run-action.js';
import { mockState, type RepoState } from '../app/branch-protection-github.js';
import { useGitHubMock } from '../helpers/github-nock.js';
import { tempDir } from '../helpers/temp-dir.js';

const github = useGitHubMock();
const REPO = '/repos/Codertocat/Hello-World';

let written: string[] = [];
const savedEnv = { ...process.env };

beforeEach(() => {
  written = [];
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

/** The Action as a scheduled workflow step runs it, with the workflow token. */
async function runBranchProtection(inputs: Record<string, string> = {}, files: Record<string, string> = {}) {
  const workspace = tempDir(files);
  const runnerTemp = tempDir();
  const paths = {
    event: join(runnerTemp, 'event.json'),
    summary: join(runnerTemp, 'summary.md'),
    output: join(runnerTemp, 'output.txt'),
  };
  writeFileSync(paths.event, JSON.stringify({ schedule: '0 3 * * *' }));
  writeFileSync(paths.summary, '');
  writeFileSync(paths.output, '');
  process.env = {
    ...savedEnv,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_STEP_SUMMARY: paths.summary,
    GITHUB_OUTPUT: paths.output,
    INPUT_TOKEN: 'ghs_workflowtoken',
    INPUT_CHECKS: 'branch-protection',
    ...Object.fromEntries(
      Object.entries(inputs).map(([key, value]) => [`INPUT_${key.toUpperCase()}`, value]),
    ),
  };
  await runAction(process.env, { fetch: globalThis.fetch });
  return {
    stdout: written.join(''),
    summary: readFileSync(paths.summary, 'utf8'),
    outputs: readFileSync(paths.output, 'utf8'),
    exitCode: process.exitCode as number | undefined,
  };
}

/** What a workflow token sees: rulesets, but classic protection answers 403. */
const asWorkflowToken = (state: RepoState = {}): RepoState => ({ classic: 'forbidden', ...state });

describe('the Action: branch-protection', () => {
  it('reports each finding as an error, writes the summary and the count, and fails the step', async () => {
    mockState(github().api, REPO, asWorkflowToken());

    const run = await runBranchProtection();

    expect(run.stdout).toMatch(
      /::error title=Warden%3A branch protection \(master%3Aallow_force_pushes\)::Force pushes to `master` are allowed: No ruleset or classic rule blocks them\. Fix: block force pushes/,
    );
    expect(run.stdout.match(/::error title=Warden%3A branch protection/g)).toHaveLength(3);
    expect(run.summary).toContain('<h2>Warden: branch protection</h2>');
    expect(run.summary).toContain('3 findings: branch protection falls short of the configuration.');
    expect(run.summary).toContain('This token cannot read classic branch protection (GitHub answers 403)');
    expect(run.summary).toContain('<code>master:enforce_admins</code>');
    expect(run.summary).toContain('(classic protection could not be read with this token)');
    expect(run.outputs).toMatch(/findings<<.*\n3\n/);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::Warden found 3 branch protection findings/);
  });

  it('warns without failing when fail-on is never', async () => {
    mockState(github().api, REPO, asWorkflowToken());

    const run = await runBranchProtection({ 'fail-on': 'never' });

    expect(run.stdout).not.toMatch(/::error/);
    expect(run.stdout.match(/::warning title=Warden%3A branch protection/g)).toHaveLength(3);
    expect(run.exitCode).toBeUndefined();
  });

  it('passes on protection from a ruleset, with the tier reached, using the repository config', async () => {
    mockState(
      github().api,
      REPO,
      asWorkflowToken({
        rulesets: [
          {
            id: 42,
            name: 'Main',
            bypass_actors: [],
            rules: [{ type: 'deletion' }, { type: 'non_fast_forward' }],
          },
        ],
      }),
    );

    const run = await runBranchProtection(
      {},
      {
        '.github/warden.yml':
          'branch_protection:\n  allow_deletions: false\n  allow_force_pushes: false\n  enforce_admins: false\n',
      },
    );

    expect(run.stdout).not.toMatch(/::(error|warning)/);
    expect(run.summary).toContain('Branch protection meets the configuration.');
    expect(run.summary).toContain('Scorecard tier reached: <code>master</code> tier-1 (3/10)');
    expect(run.exitCode).toBeUndefined();
  });

  it('says so when the repository is archived, without findings', async () => {
    mockState(github().api, REPO, { archived: true });

    const run = await runBranchProtection();

    expect(run.summary).toContain('is archived: nothing can be pushed');
    expect(run.outputs).toMatch(/findings<<.*\n0\n/);
    expect(run.exitCode).toBeUndefined();
  });
});
