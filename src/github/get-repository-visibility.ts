import type { GitHubClient, RepoRef } from './client.js';

const status = (error: unknown) => (error as { status?: number }).status;

/**
 * Whether a repository is private (`GET /repos/{owner}/{repo}`; internal repositories count as
 * private, since only members of the enterprise see them). `undefined` when the token cannot
 * see the repository at all (404, or 403 outside the installation).
 */
export async function getRepositoryVisibility(
  gh: GitHubClient,
  ref: RepoRef,
): Promise<{ private: boolean; visibility: string } | undefined> {
  try {
    const { data } = await gh.rest.repos.get({ ...ref });
    return { private: data.private, visibility: data.visibility ?? (data.private ? 'private' : 'public') };
  } catch (error) {
    if (status(error) === 404 || status(error) === 403) return undefined;
    throw error;
  }
}
