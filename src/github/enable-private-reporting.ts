import type { GitHubClient, RepoRef } from './client.js';

/**
 * Turns on GitHub private vulnerability reporting for a repository
 * (`PUT /repos/{owner}/{repo}/private-vulnerability-reporting`, needs `administration: write`).
 */
export async function enablePrivateReporting(gh: GitHubClient, ref: RepoRef): Promise<void> {
  await gh.rest.repos.enablePrivateVulnerabilityReporting({ ...ref });
}
