import type { GitHubClient, RepoRef } from './client.js';

/** Adds a comment to an issue; it notifies whoever watches the issue. */
export async function commentOnIssue(
  gh: GitHubClient,
  ref: RepoRef,
  issueNumber: number,
  body: string,
): Promise<void> {
  await gh.rest.issues.createComment({ ...ref, issue_number: issueNumber, body });
}
