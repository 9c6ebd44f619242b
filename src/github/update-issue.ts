import type { GitHubClient, RepoRef } from './client.js';

const status = (error: unknown) => (error as { status?: number }).status;

/**
 * Rewrites an issue in place: title, body, and open or closed. False when the issue is gone
 * (deleted: 404 or 410, or moved to another repository: 301), so the caller opens a new one.
 */
export async function updateIssue(
  gh: GitHubClient,
  ref: RepoRef,
  issueNumber: number,
  update: {
    title?: string;
    body: string;
    state: 'open' | 'closed';
    stateReason?: 'completed' | 'not_planned';
  },
): Promise<boolean> {
  try {
    await gh.rest.issues.update({
      ...ref,
      issue_number: issueNumber,
      ...(update.title ? { title: update.title } : {}),
      body: update.body,
      state: update.state,
      ...(update.stateReason ? { state_reason: update.stateReason } : {}),
    });
    return true;
  } catch (error) {
    if (status(error) === 404 || status(error) === 410 || status(error) === 301) return false;
    throw error;
  }
}
