import ignore from 'ignore';
import type { SecretsConfig } from '../core/config/secrets-config.schema.js';
import type { SkippedFile } from '../core/report/scan-report.js';
import type { Finding } from '../core/secrets/finding.js';
import { createScanner } from '../core/secrets/scanner.js';
import { selectRules } from '../core/secrets/select-rules.js';
import type { GitHubClient } from '../github/client.js';
import { listPullRequestFiles } from '../github/list-pull-request-files.js';
import { scanChangedFiles } from '../github/scan-changed-files.js';
import { scanPushCommits } from '../github/scan-push-commits.js';
import { scanFiles } from '../local/scan-files.js';
import type { ActionEnv } from './action-env.js';

export interface EventSecretScan {
  findings: Finding[];
  /** What was scanned, for the summary. */
  scope: string;
  notes: string[];
  skipped: SkippedFile[];
  files: number;
  bytes: number;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

/**
 * The same scan as the App, chosen by the workflow's event: a pull request's added lines, the
 * commits of a push, or (schedule, workflow_dispatch and anything else) the whole checked-out
 * tree at the head commit.
 */
export async function scanEventSecrets(
  env: ActionEnv,
  gh: () => GitHubClient,
  config: SecretsConfig,
): Promise<EventSecretScan> {
  const ignored = ignore().add(config.ignore_paths);
  const isPathIgnored = (path: string) => path !== '' && ignored.ignores(path);
  const options = {
    scanner: createScanner(selectRules(config.disable_rules)),
    isPathIgnored,
    maxBytes: config.max_file_size_kb * 1024,
  };
  const { payload, repository } = env;
  if (PULL_REQUEST_EVENTS.has(env.eventName) && payload.pull_request) {
    const pull = payload.pull_request;
    const files = await listPullRequestFiles(gh(), repository, pull.number);
    const scan = await scanChangedFiles(gh(), repository, files, { ...options, commit: pull.head.sha });
    return {
      findings: scan.findings,
      scope: `the ${scan.scanned} changed files of pull request #${pull.number}`,
      notes: scan.notes,
      skipped: [],
      files: scan.scanned,
      bytes: 0,
    };
  }
  if (env.eventName === 'push' && typeof payload.ref === 'string' && payload.ref.startsWith('refs/heads/')) {
    if (payload.deleted)
      return {
        findings: [],
        scope: 'a branch deletion (nothing to scan)',
        notes: [],
        skipped: [],
        files: 0,
        bytes: 0,
      };
    const scan = await scanPushCommits(
      gh(),
      repository,
      {
        branch: payload.ref.slice(11),
        before: payload.before,
        after: payload.after,
        defaultBranch: payload.repository?.default_branch ?? 'main',
      },
      options,
    );
    return { ...scan, skipped: [], files: 0, bytes: 0 };
  }
  const tree = await scanFiles(['.'], {
    config,
    cwd: env.workspace,
    gitignore: true,
    isIgnored: isPathIgnored,
  });
  return {
    findings: tree.findings,
    scope: `the whole tree at ${env.sha ? env.sha.slice(0, 7) : 'the checked-out commit'} (${tree.files} files)`,
    notes: [],
    skipped: tree.skipped,
    files: tree.files,
    bytes: tree.bytes,
  };
}
