import type {
  AdvisorySeverity,
  DurationUnit,
  ResponseStage,
  StageAnchor,
} from '../security-md/response-promise.js';

/**
 * A stage's state at `now`:
 * - `met`: stopped at or before its due time;
 * - `breached-then-met`: stopped after its due time;
 * - `breached`: not stopped and past due;
 * - `due-soon`: not stopped, `dueSoonFraction` (a quarter by default) or less of its window left;
 * - `running`: not stopped, more left;
 * - `paused`: not stopped, waiting on the reporter right now;
 * - `closed`: the advisory was closed (rejected, withdrawn) while the stage ran: not applicable;
 * - `pending`: counts from a stage that has not ended yet ("a fix within 30 days of triage",
 *   not yet triaged), so it has no start or due time.
 */
export type StageStatus =
  | 'met'
  | 'breached-then-met'
  | 'breached'
  | 'due-soon'
  | 'running'
  | 'paused'
  | 'closed'
  | 'pending';

/** Where a target came from, in order of precedence. */
export type TargetSource = 'security-md' | 'config' | `preset:${string}` | 'default';

/** How long a stage may take and from when. */
export interface SlaTarget {
  amount: number;
  unit: DurationUnit;
  from: StageAnchor;
  source: TargetSource;
}

/** Targets for every stage; `null` leaves the stage out of the evaluation. */
export interface SlaPolicy {
  acknowledge: SlaTarget | null;
  triage: SlaTarget | null;
  /** By advisory severity; `default` is used for advisories without one. */
  fix: Record<AdvisorySeverity | 'default', SlaTarget | null>;
  disclose: SlaTarget | null;
  /** A running stage is `due-soon` when this fraction of its window or less is left. */
  dueSoonFraction: number;
}

/** When business time runs. */
export interface BusinessCalendar {
  /** IANA time zone in which days begin and end: `UTC`, `Europe/Berlin`. */
  timezone: string;
  /** Business weekdays as JavaScript numbers them: 0 Sunday … 6 Saturday. */
  businessDays: readonly number[];
  /** Non-business dates in `timezone`, `YYYY-MM-DD`. */
  holidays: readonly string[];
}

/** A time spent waiting on the reporter; `to` is `null` while still waiting. */
export interface Pause {
  from: Date;
  to: Date | null;
}

/** An advisory's history as far as the clocks need it. Times after `now` are ignored. */
export interface AdvisoryTimeline {
  reportedAt: Date;
  severity: AdvisorySeverity | null;
  acknowledgedAt: Date | null;
  triagedAt: Date | null;
  fixedAt: Date | null;
  publishedAt: Date | null;
  /** Closed as rejected or withdrawn. */
  closedAt: Date | null;
  pauses: readonly Pause[];
}

/** One stage's clock at `now`. */
export interface StageClock {
  stage: ResponseStage;
  start: Date | null;
  due: Date | null;
  stoppedAt: Date | null;
  status: StageStatus;
}
