import type { GitHubClient, RepoRef } from './client.js';

/** A changed file as the pulls and commits APIs describe it; `patch` is absent for large or binary files. */
export interface ChangedFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  patch?: string;
  previous_filename?: string;
}

/** GitHub lists at most this many files of a pull request. */
export const PULL_REQUEST_FILE_LIMIT = 3000;

/** Every file of a pull request, all pages (GitHub stops at 3,000 files). */
export async function listPullRequestFiles(
  gh: GitHubClient,
  ref: RepoRef,
  pullNumber: number,
): Promise<ChangedFile[]> {
  const files = await gh.paginate(gh.rest.pulls.listFiles, {
    ...ref,
    pull_number: pullNumber,
    per_page: 100,
  });
  return files.map(({ filename, status, patch, previous_filename }) => ({
    filename,
    status,
    ...(patch !== undefined ? { patch } : {}),
    ...(previous_filename !== undefined ? { previous_filename } : {}),
  }));
}
