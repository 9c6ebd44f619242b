import type { GitHubClient, RepoRef } from './client.js';

/**
 * Whether a branch is protected, by classic protection or a ruleset: `GET /branches/{branch}`
 * answers `protected` with only metadata read.
 */
export async function isProtectedBranch(gh: GitHubClient, ref: RepoRef, branch: string): Promise<boolean> {
  const { data } = await gh.rest.repos.getBranch({ ...ref, branch });
  return data.protected;
}
