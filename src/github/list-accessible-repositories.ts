import type { GitHubClient, RepoRef } from './client.js';

/** A repository the installation may access, with what SLA tracking needs to know of it. */
export interface AccessibleRepository extends RepoRef {
  private: boolean;
  archived: boolean;
  defaultBranch: string;
}

/**
 * Every repository the installation token may access (`GET /installation/repositories`),
 * with its visibility, archived flag and default branch.
 */
export async function listAccessibleRepositories(gh: GitHubClient): Promise<AccessibleRepository[]> {
  const repositories = await gh.paginate(gh.rest.apps.listReposAccessibleToInstallation, { per_page: 100 });
  return repositories.map((repository) => ({
    owner: repository.owner.login,
    repo: repository.name,
    private: repository.private,
    archived: repository.archived === true,
    defaultBranch: repository.default_branch ?? 'main',
  }));
}
