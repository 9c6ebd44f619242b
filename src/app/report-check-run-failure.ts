import type { Context } from 'probot';
import { failCheckRun } from '../github/check-runs.js';
import type { GitHubClient, RepoRef } from '../github/client.js';
import { describeGitHubError } from '../github/describe-github-error.js';

/**
 * Completes a check run that failed half-way with what went wrong and what to do (`neutral`
 * for transient GitHub trouble, `failure` otherwise), so no run is left in progress. Reporting
 * itself may fail; that is logged, and the caller rethrows the original error either way.
 */
export async function reportCheckRunFailure(
  context: Context,
  gh: GitHubClient,
  repo: RepoRef,
  checkRunId: number,
  error: unknown,
  now: Date,
  what: string,
): Promise<void> {
  const problem = describeGitHubError(error);
  await failCheckRun(
    gh,
    repo,
    checkRunId,
    { ...problem, conclusion: problem.transient ? 'neutral' : 'failure' },
    now,
  ).catch((reportError: unknown) =>
    context.log.error({ err: reportError }, `Could not report a failed ${what} on its check run`),
  );
}
