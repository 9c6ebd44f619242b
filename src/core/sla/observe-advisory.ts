/** A transition Warden timestamps itself, because GitHub keeps no time for it (or sends no webhook). */
export type ObservedTransition = 'reported' | 'acknowledged' | 'triaged' | 'fixed' | 'published' | 'closed';

/** What `observeAdvisory` reads of a repository advisory, as GitHub's REST API and webhooks give it. */
export interface AdvisoryFacts {
  state: string;
  severity: string | null;
  created_at: string;
  published_at?: string | null;
  closed_at?: string | null;
  withdrawn_at?: string | null;
  /** Present for privately reported advisories; `accepted` once a maintainer accepted the report. */
  submission?: { accepted: boolean } | null;
}

/** What Warden last saw of the advisory, to tell a change now from a state it was created in. */
export interface PreviousObservation {
  state: string;
  severity: string | null;
}

/** One transition with the time it is recorded at. */
export interface TransitionObservation {
  transition: ObservedTransition;
  at: Date;
}

const ACCEPTED_STATES = new Set(['draft', 'published']);
const CLOSED_STATES = new Set(['closed', 'withdrawn']);

/**
 * The transitions an advisory's current state proves have happened, each with the best time
 * known for it. GitHub gives times for the report (`created_at`), publishing and closing; for
 * the others Warden uses `seenAt`, the first time it saw the new state (the App passes the
 * sweep's time; `warden sla --repo` passes `updated_at`, the latest the change can have
 * happened), never later than the advisory's `published_at`:
 * - `reported`: a private report (`submission` set), at `created_at`;
 * - `acknowledged`: the report was accepted (state `draft` or `published`, or
 *   `submission.accepted`); an advisory a maintainer opened themselves is acknowledged at
 *   `created_at`;
 * - `triaged`: accepted and carrying a severity; for an advisory a maintainer opened with a
 *   severity, at `created_at` unless an earlier observation saw it without one;
 * - `fixed`: published, at `published_at` (GitHub has no "fixed" state; publishing is when
 *   the fix is out), also when the advisory was withdrawn later;
 * - `published` at `published_at`; `closed` (closed or withdrawn) at `closed_at` or
 *   `withdrawn_at`.
 * The store keeps the earliest time recorded for each, so observing again is harmless.
 */
export function observeAdvisory(
  advisory: AdvisoryFacts,
  seenAt: Date,
  previous?: PreviousObservation,
): TransitionObservation[] {
  const created = new Date(advisory.created_at);
  const published = advisory.published_at ? new Date(advisory.published_at) : null;
  const reported = advisory.submission !== null && advisory.submission !== undefined;
  const bySeen = published && published.getTime() < seenAt.getTime() ? published : seenAt;
  const observed: TransitionObservation[] = [];
  if (reported) observed.push({ transition: 'reported', at: created });

  const accepted = ACCEPTED_STATES.has(advisory.state) || !reported || advisory.submission?.accepted === true;
  if (accepted && !CLOSED_STATES.has(advisory.state)) {
    observed.push({ transition: 'acknowledged', at: reported ? bySeen : created });
    if (advisory.severity) {
      const hadSeverity = previous ? previous.severity !== null : true;
      observed.push({ transition: 'triaged', at: !reported && hadSeverity ? created : bySeen });
    }
  } else if (accepted && advisory.submission?.accepted === true) {
    // Accepted, then closed: the acknowledgement happened, at the latest when it was seen.
    observed.push({ transition: 'acknowledged', at: earliest(bySeen, closeTime(advisory)) });
  }
  if (published) {
    observed.push({ transition: 'fixed', at: published }, { transition: 'published', at: published });
  }
  if (CLOSED_STATES.has(advisory.state)) {
    observed.push({ transition: 'closed', at: closeTime(advisory) ?? seenAt });
  }
  return observed;
}

function closeTime(advisory: AdvisoryFacts): Date | null {
  const value = advisory.closed_at ?? advisory.withdrawn_at;
  return value ? new Date(value) : null;
}

function earliest(a: Date, b: Date | null): Date {
  return b && b.getTime() < a.getTime() ? b : a;
}

/**
 * An advisory from GitHub in the offline `--advisories` format, its `warden_transitions` filled
 * from what its state proves at the latest possible time (`updated_at`): what the CLI and the
 * Action evaluate, having no record of their own.
 */
export function toObservedOfflineAdvisory(
  advisory: AdvisoryFacts & { ghsa_id: string; updated_at?: string | null },
): Record<string, unknown> {
  const observed = observeAdvisory(advisory, new Date(advisory.updated_at ?? advisory.created_at));
  const at = (transition: ObservedTransition) =>
    observed.find((o) => o.transition === transition)?.at.toISOString() ?? null;
  return {
    ghsa_id: advisory.ghsa_id,
    state: advisory.state,
    severity: advisory.severity,
    created_at: advisory.created_at,
    published_at: advisory.published_at ?? null,
    closed_at: advisory.closed_at ?? null,
    withdrawn_at: advisory.withdrawn_at ?? null,
    warden_transitions: {
      acknowledged_at: at('acknowledged'),
      triaged_at: at('triaged'),
      fixed_at: at('fixed'),
    },
  };
}
