import type { DraftAdvisory } from '../core/report/to-advisory.js';
import type { GitHubClient, RepoRef } from './client.js';

/**
 * Opens a private draft repository security advisory (needs `repository_advisories: write`,
 * which installation tokens have and a workflow's GITHUB_TOKEN does not). Returns its GHSA id.
 */
export async function createDraftAdvisory(
  gh: GitHubClient,
  ref: RepoRef,
  advisory: DraftAdvisory,
): Promise<string> {
  const { data } = await gh.rest.securityAdvisories.createRepositoryAdvisory({ ...ref, ...advisory });
  return data.ghsa_id;
}
