import { randomUUID } from 'node:crypto';
import type { Probot } from 'probot';
import { fullName } from '../github/client.js';
import { type ConditionalCache, enableConditionalRequests } from '../github/enable-conditional-requests.js';
import { listAccessibleRepositories } from '../github/list-accessible-repositories.js';
import { listInstallations } from '../github/list-installations.js';
import { trackRateLimit } from '../github/track-rate-limit.js';
import type { AppDeps } from './app-deps.js';
import type { SlaChannels } from './escalate-sla.js';
import { type SlaRepositoryMemory, trackRepositoryAdvisories } from './track-repository-advisories.js';

/** What the SLA sweep keeps between runs in this process. */
export interface SlaSweepMemory extends SlaRepositoryMemory {
  /** GET answers with their ETags: an unchanged advisory list costs no rate limit. */
  cache: ConditionalCache;
}

/** Creates an empty sweep memory. */
export function createSlaSweepMemory(): SlaSweepMemory {
  return { cache: new Map(), privateReportingSettled: new Set() };
}

export interface SlaSweepOptions {
  /** `WARDEN_SLA_WEBHOOK_URL`, already checked. */
  webhookUrl?: string;
  fetch?: typeof globalThis.fetch;
  memory?: SlaSweepMemory;
}

/** Counts only: what a sweep did. */
export interface SlaSweepReport {
  /** False when another replica holds the lease. */
  ran: boolean;
  installations: number;
  repositories: number;
  advisories: number;
  transitions: number;
  notices: number;
  failedNotices: number;
  /** Repositories whose turn failed (logged with their status). */
  failed: number;
  /** Repositories left to the next sweep because the rate limit ran low. */
  left: number;
}

/** The store lease that lets one replica at a time run the SLA sweep. */
export const SLA_SWEEP_LEASE = 'sla-sweep';
const LEASE_MS = 30 * 60_000;
/** Requests kept in hand for webhooks when the sweep stops for the rate limit. */
const RATE_LIMIT_RESERVE = 200;

/**
 * The periodic SLA sweep over every repository of every installation: it notices what GitHub
 * sends no webhook for (a report accepted, a severity set, an advisory closed), records when
 * it first saw each, evaluates the clocks and sends private warnings and breach notices
 * (`trackRepositoryAdvisories`). It holds a store lease so one replica sweeps at a time, makes
 * every GET conditional so unchanged lists cost no rate limit, and leaves the rest of an
 * installation to the next sweep when the rate limit runs low. `deps.now()` is the sweep's
 * time: tests pass a fixed clock.
 */
export async function sweepSla(
  app: Probot,
  deps: Pick<AppDeps, 'store' | 'now'>,
  options: SlaSweepOptions = {},
): Promise<SlaSweepReport> {
  const store = await deps.store();
  const memory = options.memory ?? createSlaSweepMemory();
  const holder = randomUUID();
  const report: SlaSweepReport = {
    ran: false,
    installations: 0,
    repositories: 0,
    advisories: 0,
    transitions: 0,
    notices: 0,
    failedNotices: 0,
    failed: 0,
    left: 0,
  };
  if (!(await store.acquireLease(SLA_SWEEP_LEASE, holder, LEASE_MS, deps.now()))) {
    app.log.debug('Another replica is running the SLA sweep');
    return report;
  }
  report.ran = true;
  const channels: SlaChannels = {
    ...(options.webhookUrl ? { webhookUrl: options.webhookUrl } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    visibility: new Map(),
  };
  try {
    for (const installation of await listInstallations(await app.auth())) {
      const gh = await app.auth(installation.id);
      const { token } = (await gh.auth({ type: 'installation' })) as { token: string };
      enableConditionalRequests(gh, memory.cache, token);
      const rateLimit = trackRateLimit(gh);
      const repositories = await listAccessibleRepositories(gh);
      report.installations++;
      report.repositories += repositories.length;
      channels.visibility.clear();
      for (const [index, repository] of repositories.entries()) {
        if (rateLimit.remaining !== undefined && rateLimit.remaining < RATE_LIMIT_RESERVE) {
          report.left += repositories.length - index;
          app.log.warn(
            { installation: installation.id, left: repositories.length - index, resetAt: rateLimit.resetAt },
            'SLA sweep stopped for the rate limit; the next sweep continues',
          );
          break;
        }
        try {
          const outcome = await trackRepositoryAdvisories(gh, store, repository, {
            now: deps.now(),
            log: app.log,
            channels,
            memory,
            installationId: installation.id,
          });
          report.advisories += outcome.advisories;
          report.transitions += outcome.transitions;
          report.notices += outcome.notices;
          report.failedNotices += outcome.failedNotices;
        } catch (error) {
          report.failed++;
          app.log.warn(
            {
              repo: fullName(repository),
              status: (error as { status?: number }).status,
              error: (error as Error).message,
            },
            'SLA sweep of a repository failed; the next sweep retries',
          );
        }
      }
      await store.acquireLease(SLA_SWEEP_LEASE, holder, LEASE_MS, deps.now());
    }
  } finally {
    await store.releaseLease(SLA_SWEEP_LEASE, holder);
  }
  return report;
}
