import type { GitHubClient, RepoRef } from './client.js';

/** Every repository the installation token may access (`GET /installation/repositories`). */
export async function listInstallationRepositories(gh: GitHubClient): Promise<RepoRef[]> {
  const repositories = await gh.paginate(gh.rest.apps.listReposAccessibleToInstallation, { per_page: 100 });
  return repositories.map((repository) => ({ owner: repository.owner.login, repo: repository.name }));
}
