import type { Probot } from 'probot';
import { listAccessibleRepositories } from '../github/list-accessible-repositories.js';
import type { AppDeps } from './app-deps.js';
import { handleOnce } from './handle-once.js';
import { isOwnAppEvent } from './is-own-app-event.js';
import { reconcileEventRepository } from './reconcile-event-repository.js';
import { reconcileRepositories } from './reconcile-repositories.js';

/**
 * A ruleset created, edited or deleted: a repository's ruleset reconciles that repository
 * within seconds; an organization's ruleset (no `repository` in the payload) may change
 * every repository, so all of the installation's repositories are reconciled, paced.
 */
export function onRepositoryRuleset(app: Probot, deps: AppDeps): void {
  app.on('repository_ruleset', async (context) => {
    const trigger = `repository_ruleset.${context.payload.action}`;
    if (context.payload.repository) {
      await reconcileEventRepository(context, deps, trigger);
      return;
    }
    if (await isOwnAppEvent(context.payload.sender, deps)) return;
    await handleOnce(context, deps, 'branch-protection', async () => {
      const repos = (await listAccessibleRepositories(context.octokit)).map(({ owner, repo }) => ({
        owner,
        repo,
      }));
      await reconcileRepositories(context.octokit, repos, deps, {
        ...(context.payload.installation ? { installationId: context.payload.installation.id } : {}),
        log: context.log,
        trigger,
      });
    });
  });
}
