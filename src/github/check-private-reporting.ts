import type { GitHubClient, RepoRef } from './client.js';

const status = (error: unknown) => (error as { status?: number }).status;

/**
 * Whether GitHub private vulnerability reporting is enabled for a repository
 * (`GET /repos/{owner}/{repo}/private-vulnerability-reporting`, which needs
 * `administration: read`). `undefined` when the token may not ask (403), the repository or
 * plan does not offer it (404, 422): the caller then treats the state as unknown.
 */
export async function checkPrivateReporting(gh: GitHubClient, ref: RepoRef): Promise<boolean | undefined> {
  try {
    const { data } = await gh.rest.repos.checkPrivateVulnerabilityReporting({ ...ref });
    return data.enabled;
  } catch (error) {
    const code = status(error);
    if (code === 403 || code === 404 || code === 422) return undefined;
    throw error;
  }
}
