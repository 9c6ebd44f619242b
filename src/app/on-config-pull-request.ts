import type { Probot } from 'probot';
import { type AppDeps, BRANCH_PROTECTION_CHECK } from './app-deps.js';
import { checkConfigPullRequest } from './check-config-pull-request.js';
import { handleOnce } from './handle-once.js';

/**
 * Pull requests that change `.github/warden.yml` get `Warden / branch protection`, the dry
 * run of the plan merging them would apply; "Re-run" on the check or its suite runs it again.
 */
export function onConfigPullRequest(app: Probot, deps: AppDeps): void {
  app.on(
    [
      'pull_request.opened',
      'pull_request.synchronize',
      'pull_request.reopened',
      'pull_request.ready_for_review',
    ],
    (context) =>
      handleOnce(context, deps, 'branch-protection-dry-run', () =>
        checkConfigPullRequest(context, deps, {
          number: context.payload.pull_request.number,
          headSha: context.payload.pull_request.head.sha,
        }),
      ),
  );
  app.on('check_run.rerequested', (context) =>
    handleOnce(context, deps, 'branch-protection-dry-run', async () => {
      const run = context.payload.check_run;
      if (run.name !== BRANCH_PROTECTION_CHECK) return;
      for (const pull of run.pull_requests)
        await checkConfigPullRequest(context, deps, { number: pull.number, headSha: run.head_sha });
    }),
  );
  app.on('check_suite.rerequested', (context) =>
    handleOnce(context, deps, 'branch-protection-dry-run', async () => {
      const suite = context.payload.check_suite;
      for (const pull of suite.pull_requests)
        await checkConfigPullRequest(context, deps, { number: pull.number, headSha: suite.head_sha });
    }),
  );
}
