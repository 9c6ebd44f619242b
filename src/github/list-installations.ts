import type { GitHubClient } from './client.js';

/** An installation of the App that is not suspended. */
export interface ActiveInstallation {
  id: number;
  account: string;
}

/** Every active installation of the App (`GET /app/installations`, authenticated as the App). */
export async function listInstallations(appOctokit: GitHubClient): Promise<ActiveInstallation[]> {
  const installations = await appOctokit.paginate(appOctokit.rest.apps.listInstallations, { per_page: 100 });
  return installations
    .filter((installation) => !installation.suspended_at)
    .map((installation) => ({
      id: installation.id,
      account:
        installation.account && 'login' in installation.account
          ? installation.account.login
          : String(installation.id),
    }));
}
