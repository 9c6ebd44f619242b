import type { Context } from 'probot';
import type { ConfigResult } from '../core/config/parse-config.js';
import type { CheckRunAnnotation } from '../core/report/to-check-run.js';
import { listPullRequestFiles, PULL_REQUEST_FILE_LIMIT } from '../github/list-pull-request-files.js';
import { scanChangedFiles } from '../github/scan-changed-files.js';
import type { AppDeps } from './app-deps.js';
import { CONFIG_PATH, loadProposedConfig } from './load-repo-config.js';
import { runSecretsCheck } from './run-secrets-check.js';

/**
 * Scans the lines a pull request adds and reports them on `Warden / secrets`. The config comes
 * from the default branch, so a pull request cannot switch its own scan off; a changed
 * `.github/warden.yml` is validated and its problems annotated.
 */
export async function checkPullRequest(
  context: Context,
  deps: AppDeps,
  pull: { number: number; headSha: string },
): Promise<void> {
  const gh = context.octokit;
  const repo = context.repo();
  await runSecretsCheck(context, deps, pull.headSha, async (config, { isPathIgnored }) => {
    const files = await deps.shared(`${context.id}:files:${pull.number}`, () =>
      listPullRequestFiles(gh, repo, pull.number),
    );
    const scan = await scanChangedFiles(gh, repo, files, {
      scanner: deps.scannerFor(config.secrets.disable_rules),
      commit: pull.headSha,
      isPathIgnored,
      maxBytes: config.secrets.max_file_size_kb * 1024,
    });
    const notes = [...scan.notes];
    if (files.length >= PULL_REQUEST_FILE_LIMIT) {
      notes.push(
        `GitHub lists only the first ${PULL_REQUEST_FILE_LIMIT} files of a pull request; files past those were not scanned. Scan them with \`warden scan --git\`.`,
      );
    }
    const touchesConfig = files.some((file) => file.filename === CONFIG_PATH && file.status !== 'removed');
    const proposed = touchesConfig ? await loadProposedConfig(context, pull.headSha) : undefined;
    const configProblems = proposed && !proposed.ok ? toConfigAnnotations(proposed) : [];
    return {
      findings: scan.findings,
      scope: `${scan.scanned} file${scan.scanned === 1 ? '' : 's'} of pull request #${pull.number}`,
      notes: configProblems.length
        ? [
            ...notes,
            `This pull request makes \`${CONFIG_PATH}\` invalid (${configProblems.length} problem${configProblems.length > 1 ? 's' : ''}, annotated on the file).`,
          ]
        : notes,
      extraAnnotations: configProblems,
      ...(configProblems.length ? { forceFailure: 'Invalid Warden config' } : {}),
    };
  });
}

function toConfigAnnotations(result: Extract<ConfigResult, { ok: false }>): CheckRunAnnotation[] {
  return result.issues.map((issue) => ({
    path: CONFIG_PATH,
    start_line: issue.line ?? 1,
    end_line: issue.line ?? 1,
    annotation_level: 'failure',
    title: 'Invalid Warden config',
    message: `${issue.path}: ${issue.message}`,
  }));
}
