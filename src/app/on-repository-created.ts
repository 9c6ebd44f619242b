import type { Probot } from 'probot';
import type { AppDeps } from './app-deps.js';
import { reconcileEventRepository } from './reconcile-event-repository.js';

/** A new repository is reconciled at once (usually empty: said once, checked after the first push). */
export function onRepositoryCreated(app: Probot, deps: AppDeps): void {
  app.on('repository.created', (context) => reconcileEventRepository(context, deps, 'repository.created'));
}
