import type { Logger } from 'probot';
import { fullName, type GitHubClient, type RepoRef } from '../github/client.js';
import { type RateLimitView, trackRateLimit } from '../github/track-rate-limit.js';
import type { AppDeps } from './app-deps.js';
import {
  type ReconcileOptions,
  type ReconcileOutcome,
  reconcileBranchProtection,
} from './reconcile-branch-protection.js';

/** What a batch of reconciles came to. */
export interface BatchResult {
  reconciled: number;
  failed: number;
  /** Not reached because the rate limit ran low; the next sweep does them. */
  left: number;
}

/**
 * Reconciles repositories one after another (GitHub asks integrations to send requests
 * serially; writes are further spaced by Octokit's throttling). When the installation's
 * rate limit runs low it stops and leaves the rest to the periodic sweep rather than
 * spending the quota other features need. One repository failing does not stop the others.
 */
export async function reconcileRepositories(
  gh: GitHubClient,
  repos: readonly RepoRef[],
  deps: AppDeps,
  run: {
    installationId?: number;
    log: Logger;
    trigger: string;
    rateLimit?: RateLimitView;
    /** Called before each repository: options for its reconcile (and a chance to renew a lease). */
    optionsFor?: (repo: RepoRef) => Promise<ReconcileOptions>;
    onOutcome?: (repo: RepoRef, outcome: ReconcileOutcome) => void;
  },
): Promise<BatchResult> {
  const rate = run.rateLimit ?? trackRateLimit(gh);
  const result: BatchResult = { reconciled: 0, failed: 0, left: 0 };
  for (const [index, repo] of repos.entries()) {
    if (isLow(rate)) {
      result.left = repos.length - index;
      run.log.warn(
        { trigger: run.trigger, left: result.left, remaining: rate.remaining, resetAt: rate.resetAt },
        'Rate limit low; leaving the remaining repositories to the next sweep',
      );
      break;
    }
    try {
      const outcome = await reconcileBranchProtection(
        {
          gh,
          repo,
          log: run.log,
          trigger: run.trigger,
          ...(run.installationId !== undefined ? { installationId: run.installationId } : {}),
        },
        deps,
        await run.optionsFor?.(repo),
      );
      run.onOutcome?.(repo, outcome);
      result.reconciled++;
    } catch (error) {
      result.failed++;
      run.log.error(
        { err: error, repo: fullName(repo), trigger: run.trigger },
        'Could not reconcile branch protection',
      );
    }
  }
  return result;
}

/** Below a tenth of the hourly quota (at least 50 requests), stop. */
function isLow(rate: RateLimitView): boolean {
  if (rate.remaining === undefined) return false;
  return rate.remaining < Math.max(50, (rate.limit ?? 5000) / 10);
}
