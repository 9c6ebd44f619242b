import type { GitHubClient, RepoRef } from './client.js';

/** Opens an issue (needs `issues: write`; a missing label is created by GitHub). Returns its number. */
export async function createIssue(
  gh: GitHubClient,
  ref: RepoRef,
  issue: { title: string; body: string; labels: string[] },
): Promise<number> {
  const { data } = await gh.rest.issues.create({ ...ref, ...issue });
  return data.number;
}
