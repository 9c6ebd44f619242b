import type { GitHubClient, RepoRef } from './client.js';
import type { ChangedFile } from './list-pull-request-files.js';

/** The files one commit changed, with patches, all pages (GitHub stops at 3,000 files). */
export async function listCommitFiles(gh: GitHubClient, ref: RepoRef, sha: string): Promise<ChangedFile[]> {
  const files: ChangedFile[] = [];
  const perPage = 100;
  // The commit endpoint pages its `files` (not a list response, so paginate() does not apply).
  for (let page = 1; ; page++) {
    const { data } = await gh.rest.repos.getCommit({ ...ref, ref: sha, per_page: perPage, page });
    const pageFiles = data.files ?? [];
    for (const { filename, status, patch, previous_filename } of pageFiles) {
      files.push({
        filename,
        status,
        ...(patch !== undefined ? { patch } : {}),
        ...(previous_filename !== undefined ? { previous_filename } : {}),
      });
    }
    if (pageFiles.length < perPage || files.length >= 3000) return files;
  }
}
