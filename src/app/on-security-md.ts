import type { Probot } from 'probot';
import { listPullRequestFiles } from '../github/list-pull-request-files.js';
import type { AppDeps } from './app-deps.js';
import { checkSecurityMd, SECURITY_MD_CHECK } from './check-security-md.js';
import { handleOnce } from './handle-once.js';

/** The paths GitHub reads a security policy from, in lower case. */
const POLICY_PATHS = new Set(['security.md', '.github/security.md', 'docs/security.md']);
/** GitHub lists at most this many commits in a push payload. */
const PUSH_PAYLOAD_COMMITS = 2048;

/** Whether a changed path is one GitHub reads SECURITY.md from (any case, as GitHub matches). */
export const isSecurityMdPath = (path: string) => POLICY_PATHS.has(path.toLowerCase());

/**
 * `Warden / security-md` on pushes to the default branch and on pull requests that add,
 * change, rename or delete SECURITY.md in the root, `.github/` or `docs/`; "Re-run" runs it
 * again. A push's own commit list says which files changed, so other pushes cost no request;
 * a pull request's files are shared with the other handlers of the delivery.
 */
export function onSecurityMd(app: Probot, deps: AppDeps): void {
  app.on('push', (context) =>
    handleOnce(context, deps, 'security-md', async () => {
      const { payload } = context;
      if (payload.deleted || payload.ref !== `refs/heads/${payload.repository.default_branch}`) return;
      const touched =
        payload.commits.length >= PUSH_PAYLOAD_COMMITS ||
        payload.commits.some((commit) =>
          [...(commit.added ?? []), ...(commit.modified ?? []), ...(commit.removed ?? [])].some(
            isSecurityMdPath,
          ),
        );
      if (touched) await checkSecurityMd(context, deps, payload.after);
    }),
  );
  app.on(
    [
      'pull_request.opened',
      'pull_request.synchronize',
      'pull_request.reopened',
      'pull_request.ready_for_review',
    ],
    (context) =>
      handleOnce(context, deps, 'security-md', async () => {
        const pull = context.payload.pull_request;
        const files = await deps.shared(`${context.id}:files:${pull.number}`, () =>
          listPullRequestFiles(context.octokit, context.repo(), pull.number),
        );
        const touched = files.some(
          (file) =>
            isSecurityMdPath(file.filename) ||
            (file.previous_filename !== undefined && isSecurityMdPath(file.previous_filename)),
        );
        if (touched) await checkSecurityMd(context, deps, pull.head.sha);
      }),
  );
  app.on('check_run.rerequested', (context) =>
    handleOnce(context, deps, 'security-md', async () => {
      if (context.payload.check_run.name !== SECURITY_MD_CHECK) return;
      await checkSecurityMd(context, deps, context.payload.check_run.head_sha);
    }),
  );
}
