import type { Probot } from 'probot';
import type { AppDeps } from './app-deps.js';
import { checkPush } from './check-push.js';
import { handleOnce } from './handle-once.js';

/**
 * Every branch push is scanned, with a check run on its head commit; advisories follow
 * `secrets.advisories` (by default only for the default and protected branches). Branch
 * deletions and tags are not scanned.
 */
export function onPush(app: Probot, deps: AppDeps): void {
  app.on('push', (context) =>
    handleOnce(context, deps, 'secrets', async () => {
      const { payload } = context;
      if (payload.deleted || !payload.ref.startsWith('refs/heads/')) return;
      await checkPush(
        context,
        deps,
        {
          branch: payload.ref.slice('refs/heads/'.length),
          before: payload.before,
          after: payload.after,
          defaultBranch: payload.repository.default_branch ?? 'main',
        },
        {
          created: payload.created,
          forced: payload.forced,
          ...(payload.pusher?.name ? { pusher: payload.pusher.name } : {}),
        },
      );
    }),
  );
}
