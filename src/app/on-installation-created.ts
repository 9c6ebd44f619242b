import type { Probot } from 'probot';
import type { RepoRef } from '../github/client.js';
import type { AppDeps } from './app-deps.js';
import { handleOnce } from './handle-once.js';
import { reconcileRepositories } from './reconcile-repositories.js';

/** A new installation: reconcile every repository it was given, one after another. */
export function onInstallationCreated(app: Probot, deps: AppDeps): void {
  app.on('installation.created', (context) =>
    handleOnce(context, deps, 'branch-protection', async () => {
      const repos = (context.payload.repositories ?? []).map((repository): RepoRef => {
        const [owner, repo] = repository.full_name.split('/');
        return { owner: owner!, repo: repo! };
      });
      await reconcileRepositories(context.octokit, repos, deps, {
        installationId: context.payload.installation.id,
        log: context.log,
        trigger: 'installation.created',
      });
    }),
  );
}
