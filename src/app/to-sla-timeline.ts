import type { AdvisorySeverity } from '../core/security-md/response-promise.js';
import type { AdvisoryTimeline } from '../core/sla/sla-types.js';
import type { RepositoryAdvisory } from '../github/list-repository-advisories.js';
import type { AdvisoryTimeline as StoredTimeline } from '../store/store.js';

const SEVERITIES: readonly string[] = ['critical', 'high', 'medium', 'low'];

/**
 * The clocks' view of an advisory: GitHub's own times (report, publish, close) where GitHub
 * has them, and the transitions Warden recorded for the rest.
 */
export function toSlaTimeline(advisory: RepositoryAdvisory, stored: StoredTimeline): AdvisoryTimeline {
  const time = (...values: (string | null | undefined)[]) => {
    const value = values.find((candidate) => candidate);
    return value ? new Date(value) : null;
  };
  const severity = toSeverity(advisory.severity);
  return {
    reportedAt: new Date(advisory.created_at),
    severity,
    acknowledgedAt: time(stored.acknowledged_at),
    triagedAt: time(stored.triaged_at),
    fixedAt: time(stored.fixed_at),
    publishedAt: time(advisory.published_at, stored.published_at),
    closedAt: time(advisory.closed_at, advisory.withdrawn_at, stored.closed_at),
    pauses: stored.paused.map((pause) => ({ from: new Date(pause.from), to: time(pause.to) })),
  };
}

/** GitHub's severity as the clocks read it (`moderate` is `medium`); null when unset or unknown. */
export function toSeverity(severity: string | null): AdvisorySeverity | null {
  if (severity === 'moderate') return 'medium';
  return severity && SEVERITIES.includes(severity) ? (severity as AdvisorySeverity) : null;
}
