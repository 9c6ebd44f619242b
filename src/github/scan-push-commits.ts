import type { Finding } from '../core/secrets/finding.js';
import type { SecretScanner } from '../core/secrets/scanner.js';
import type { GitHubClient, RepoRef } from './client.js';
import { listCommitFiles } from './list-commit-files.js';
import { listPushCommits, PUSH_COMMIT_LIMIT } from './list-push-commits.js';
import { scanChangedFiles } from './scan-changed-files.js';

export interface PushRange {
  branch: string;
  before: string;
  after: string;
  defaultBranch: string;
}

export interface PushScan {
  findings: Finding[];
  notes: string[];
  scope: string;
}

/**
 * Scans what each commit of a push added, so a secret added and removed within the push is
 * still found, with the commit that added it. Shared by the App and the Action.
 */
export async function scanPushCommits(
  gh: GitHubClient,
  repo: RepoRef,
  push: PushRange,
  options: { scanner: SecretScanner; isPathIgnored: (path: string) => boolean; maxBytes: number },
): Promise<PushScan> {
  const commits = await listPushCommits(gh, repo, {
    before: push.before,
    after: push.after,
    created: /^0+$/.test(push.before),
    defaultBranch: push.defaultBranch,
    isDefaultBranch: push.branch === push.defaultBranch,
  });
  const findings: Finding[] = [];
  const notes: string[] = [];
  let files = 0;
  for (const sha of commits.shas) {
    const changed = await listCommitFiles(gh, repo, sha);
    const scan = await scanChangedFiles(gh, repo, changed, { ...options, commit: sha, attributeTo: sha });
    findings.push(...scan.findings);
    notes.push(...scan.notes);
    files += scan.scanned;
  }
  if (commits.truncated) {
    notes.push(
      `This push brought more than ${PUSH_COMMIT_LIMIT} commits; the newest ${PUSH_COMMIT_LIMIT} were scanned. Scan the rest with \`warden scan --git\`.`,
    );
  }
  const count = commits.shas.length;
  return {
    findings,
    notes,
    scope: `${count} commit${count === 1 ? '' : 's'} pushed to \`${push.branch}\` (${files} file change${files === 1 ? '' : 's'})`,
  };
}
