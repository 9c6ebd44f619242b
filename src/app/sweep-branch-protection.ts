import { randomUUID } from 'node:crypto';
import type { Probot } from 'probot';
import { fullName } from '../github/client.js';
import {
  type ConditionalCache,
  type ConditionalRequests,
  enableConditionalRequests,
} from '../github/enable-conditional-requests.js';
import { listAccessibleRepositories } from '../github/list-accessible-repositories.js';
import { listInstallations } from '../github/list-installations.js';
import { trackRateLimit } from '../github/track-rate-limit.js';
import type { AppDeps } from './app-deps.js';
import type { ReconcileOutcome } from './reconcile-branch-protection.js';
import { reconcileRepositories } from './reconcile-repositories.js';

/** What one sweep leaves for the next: GET answers with their ETags, and each repository's outcome. */
export interface SweepMemory {
  cache: ConditionalCache;
  outcomes: Map<string, ReconcileOutcome>;
}

/** What one sweep did, logged when it finishes. */
export interface SweepReport {
  /** False when another replica holds the sweep lease. */
  ran: boolean;
  installations: number;
  repositories: number;
  /** Repositories whose config and protection answered 304: not re-checked. */
  unchanged: number;
  failed: number;
  /** Left to the next sweep because the rate limit ran low. */
  left: number;
  /** GET requests sent, and how many of them GitHub answered 304 (free of rate limit). */
  requests: number;
  notModified: number;
}

/** The store lease that lets one replica at a time sweep. */
export const SWEEP_LEASE = 'branch-protection-sweep';
const LEASE_MS = 30 * 60_000;

/**
 * The periodic reconcile of every repository of every installation, catching whatever the
 * webhooks missed. It holds a store lease, so one replica sweeps at a time. Every GET is a
 * conditional request: when the config and the protection of a repository all answer 304 (no
 * rate limit spent), the previous outcome is reused and nothing is re-checked or reported,
 * so a quiet organization costs little quota. The first sweep after a start reads everything.
 */
export async function sweepBranchProtection(
  app: Probot,
  deps: AppDeps,
  memory: SweepMemory,
): Promise<SweepReport> {
  const store = await deps.store();
  const holder = randomUUID();
  const report: SweepReport = {
    ran: false,
    installations: 0,
    repositories: 0,
    unchanged: 0,
    failed: 0,
    left: 0,
    requests: 0,
    notModified: 0,
  };
  if (!(await store.acquireLease(SWEEP_LEASE, holder, LEASE_MS, new Date()))) {
    app.log.debug('Another replica is sweeping branch protection');
    return report;
  }
  report.ran = true;
  try {
    const installations = await listInstallations(await app.auth());
    const used = new Set<string>();
    let failedInstallations = 0;
    for (const installation of installations) {
      const gh = await app.auth(installation.id);
      const rateLimit = trackRateLimit(gh);
      let conditional: ConditionalRequests | undefined;
      try {
        const { token } = (await gh.auth({ type: 'installation' })) as { token: string };
        const counts = enableConditionalRequests(gh, memory.cache, token);
        conditional = counts;
        const repos = (await listAccessibleRepositories(gh)).map(({ owner, repo }) => ({ owner, repo }));
        report.installations++;
        report.repositories += repos.length;
        const batch = await reconcileRepositories(gh, repos, deps, {
          installationId: installation.id,
          log: app.log,
          trigger: 'sweep',
          rateLimit,
          optionsFor: async (repo) => {
            await store.acquireLease(SWEEP_LEASE, holder, LEASE_MS, new Date());
            // Taken out until the reconcile succeeds: a failed one must not be reused.
            const previous = memory.outcomes.get(fullName(repo));
            memory.outcomes.delete(fullName(repo));
            report.requests += counts.sent;
            report.notModified += counts.notModified;
            counts.reset();
            return { ...(previous ? { previous } : {}), isUnchanged: () => counts.changed === 0 };
          },
          onOutcome: (repo, outcome) => {
            if (outcome.status === 'unchanged') report.unchanged++;
            memory.outcomes.set(fullName(repo), outcome.status === 'unchanged' ? outcome.previous : outcome);
          },
        });
        report.failed += batch.failed;
        report.left += batch.left;
      } catch (error) {
        failedInstallations++;
        app.log.error(
          { err: error, installationId: installation.id, account: installation.account },
          'Could not sweep an installation',
        );
      } finally {
        if (conditional) {
          report.requests += conditional.sent;
          report.notModified += conditional.notModified;
          for (const key of conditional.used) used.add(key);
        }
      }
    }
    // Answers no repository asked for this time (removed, archived away) are dropped; after a
    // failed installation everything is kept, since its answers were not asked for either.
    if (failedInstallations === 0)
      for (const key of memory.cache.keys()) if (!used.has(key)) memory.cache.delete(key);
  } finally {
    await store.releaseLease(SWEEP_LEASE, holder);
  }
  return report;
}
