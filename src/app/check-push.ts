import type { Context } from 'probot';
import type { Finding } from '../core/secrets/finding.js';
import { isProtectedBranch } from '../github/is-protected-branch.js';
import { listCommitFiles } from '../github/list-commit-files.js';
import { listPushCommits, PUSH_COMMIT_LIMIT } from '../github/list-push-commits.js';
import { scanChangedFiles } from '../github/scan-changed-files.js';
import type { AppDeps } from './app-deps.js';
import { openLeakAdvisories } from './open-leak-advisories.js';
import { runSecretsCheck } from './run-secrets-check.js';

export interface PushFacts {
  branch: string;
  before: string;
  after: string;
  defaultBranch: string;
}

/**
 * Scans what each commit of a push added (so a secret added and removed within the push is
 * still found, with its commit), reports it on the head commit's check run, and opens a
 * private draft advisory per leaked secret when the branch is one the config guards.
 */
export async function checkPush(context: Context, deps: AppDeps, push: PushFacts): Promise<void> {
  const gh = context.octokit;
  const repo = context.repo();
  const isDefaultBranch = push.branch === push.defaultBranch;
  const guarded = isDefaultBranch || (await isProtectedBranch(gh, repo, push.branch));
  const scanned = await runSecretsCheck(context, deps, push.after, async (config, { isPathIgnored }) => {
    const commits = await listPushCommits(gh, repo, {
      before: push.before,
      after: push.after,
      created: /^0+$/.test(push.before),
      defaultBranch: push.defaultBranch,
      isDefaultBranch,
    });
    const scanner = deps.scannerFor(config.secrets.disable_rules);
    const findings: Finding[] = [];
    const notes: string[] = [];
    let files = 0;
    for (const sha of commits.shas) {
      const changed = await listCommitFiles(gh, repo, sha);
      const scan = await scanChangedFiles(gh, repo, changed, {
        scanner,
        commit: sha,
        attributeTo: sha,
        isPathIgnored,
        maxBytes: config.secrets.max_file_size_kb * 1024,
      });
      findings.push(...scan.findings);
      notes.push(...scan.notes);
      files += scan.scanned;
    }
    if (commits.truncated) {
      notes.push(
        `This push brought more than ${PUSH_COMMIT_LIMIT} commits; the newest ${PUSH_COMMIT_LIMIT} were scanned. Scan the rest with \`warden scan --git\`.`,
      );
    }
    return {
      findings,
      notes,
      scope: `${commits.shas.length} commit${commits.shas.length === 1 ? '' : 's'} pushed to \`${push.branch}\` (${files} file change${files === 1 ? '' : 's'})`,
    };
  });
  if (!scanned || scanned.findings.length === 0) return;
  const policy = scanned.config.secrets.advisories;
  if (policy === 'any-branch' || (policy === 'protected-branches' && guarded)) {
    await openLeakAdvisories(context, deps, push.branch, scanned.findings);
  }
}
