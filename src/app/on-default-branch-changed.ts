import type { Probot } from 'probot';
import type { AppDeps } from './app-deps.js';
import { reconcileEventRepository } from './reconcile-event-repository.js';

/** A renamed or switched default branch is a new branch to protect. Other edits are ignored. */
export function onDefaultBranchChanged(app: Probot, deps: AppDeps): void {
  app.on('repository.edited', async (context) => {
    if (!context.payload.changes.default_branch) return;
    await reconcileEventRepository(context, deps, 'repository.edited');
  });
}
