import type { Probot } from 'probot';
import type { AppDeps } from './app-deps.js';
import { SECRETS_CHECK } from './app-deps.js';
import { checkPullRequest } from './check-pull-request.js';
import { handleOnce } from './handle-once.js';

/** "Re-run" on the check or on its suite scans the pull request again. */
export function onCheckRerequested(app: Probot, deps: AppDeps): void {
  app.on('check_run.rerequested', (context) =>
    handleOnce(context, deps, 'secrets', async () => {
      const run = context.payload.check_run;
      if (run.name !== SECRETS_CHECK) return;
      for (const pull of run.pull_requests)
        await checkPullRequest(context, deps, { number: pull.number, headSha: run.head_sha });
    }),
  );
  app.on('check_suite.rerequested', (context) =>
    handleOnce(context, deps, 'secrets', async () => {
      const suite = context.payload.check_suite;
      for (const pull of suite.pull_requests)
        await checkPullRequest(context, deps, { number: pull.number, headSha: suite.head_sha });
    }),
  );
}
