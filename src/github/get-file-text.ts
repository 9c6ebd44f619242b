import type { GitHubClient, RepoRef } from './client.js';

/** A file's raw content at a commit, or undefined when it does not exist there (404). */
export async function getFileText(
  gh: GitHubClient,
  ref: RepoRef,
  path: string,
  commit: string,
): Promise<string | undefined> {
  try {
    const response = await gh.rest.repos.getContent({
      ...ref,
      path,
      ref: commit,
      mediaType: { format: 'raw' },
    });
    return typeof response.data === 'string' ? response.data : String(response.data);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}
