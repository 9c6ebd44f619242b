import type { GitHubClient, RepoRef } from './client.js';

/**
 * The pull requests that merged `sha` into `branch` (`GET /commits/{sha}/pulls`, which also
 * lists open pull requests that merely contain the commit; those do not count). Empty means
 * the commit reached the branch without a pull request.
 */
export async function findMergedPullRequests(
  gh: GitHubClient,
  ref: RepoRef,
  sha: string,
  branch: string,
): Promise<number[]> {
  const { data } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
    ...ref,
    commit_sha: sha,
    per_page: 100,
  });
  return data
    .filter((pull) => pull.merged_at !== null && pull.base.ref === branch)
    .map((pull) => pull.number);
}
