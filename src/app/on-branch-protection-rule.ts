import type { Probot } from 'probot';
import type { AppDeps } from './app-deps.js';
import { reconcileEventRepository } from './reconcile-event-repository.js';

/** Classic protection created, edited or deleted: drift is repaired or reported within seconds. */
export function onBranchProtectionRule(app: Probot, deps: AppDeps): void {
  app.on('branch_protection_rule', (context) =>
    reconcileEventRepository(context, deps, `branch_protection_rule.${context.payload.action}`),
  );
}
