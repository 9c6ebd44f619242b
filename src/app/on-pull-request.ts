import type { Probot } from 'probot';
import type { AppDeps } from './app-deps.js';
import { checkPullRequest } from './check-pull-request.js';
import { handleOnce } from './handle-once.js';

/** Pull requests that change code get `Warden / secrets` on their head commit. */
export function onPullRequest(app: Probot, deps: AppDeps): void {
  app.on(
    [
      'pull_request.opened',
      'pull_request.synchronize',
      'pull_request.reopened',
      'pull_request.ready_for_review',
    ],
    (context) =>
      handleOnce(context, deps, 'secrets', () =>
        checkPullRequest(context, deps, {
          number: context.payload.pull_request.number,
          headSha: context.payload.pull_request.head.sha,
        }),
      ),
  );
}
