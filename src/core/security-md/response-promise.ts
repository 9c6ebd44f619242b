/** The stages of answering a vulnerability report, in the order they happen. */
export type ResponseStage = 'acknowledge' | 'triage' | 'fix' | 'disclose';

/** Stages in order; a stage may only count from a stage earlier in this list. */
export const RESPONSE_STAGES: readonly ResponseStage[] = ['acknowledge', 'triage', 'fix', 'disclose'];

/** Advisory severities, as GitHub's repository advisories name them. */
export type AdvisorySeverity = 'critical' | 'high' | 'medium' | 'low';

/** Severities from most to least severe. */
export const ADVISORY_SEVERITIES: readonly AdvisorySeverity[] = ['critical', 'high', 'medium', 'low'];

/**
 * How a target is measured. Hours are calendar hours unless the policy says business hours;
 * business time only runs on business days of the policy's calendar.
 */
export type DurationUnit = 'hours' | 'days' | 'business_hours' | 'business_days';

/** The point a stage's clock counts from: the report itself, or an earlier stage's end. */
export type StageAnchor = 'report' | 'acknowledge' | 'triage' | 'fix';

/**
 * One time promise as SECURITY.md states it ("we acknowledge reports within 3 business days").
 * Kept apart from the `responseTargets` summary so the SLA core keeps the unit and anchor.
 */
export interface ResponsePromise {
  stage: ResponseStage;
  /**
   * The severity the promise is limited to; `default` for "others"/"remaining", `null` when the
   * sentence names no severity.
   */
  severity: AdvisorySeverity | 'default' | null;
  amount: number;
  unit: DurationUnit;
  /** What the clock counts from ("a fix within 30 days of triage" → `triage`). */
  from: StageAnchor;
  /** 1-based line of SECURITY.md the promise was read from. */
  line: number;
  /** The sentence the promise was read from, whitespace collapsed, at most 200 characters. */
  text: string;
}

/** Whether `anchor` happens before `stage` starts, so that `stage` may count from it. */
export function isEarlierAnchor(anchor: StageAnchor, stage: ResponseStage): boolean {
  if (anchor === 'report') return true;
  return RESPONSE_STAGES.indexOf(anchor) < RESPONSE_STAGES.indexOf(stage);
}

/** A promise's length in hours, counting a (business) day as 24 hours. */
export function toHours(amount: number, unit: DurationUnit): number {
  return unit === 'hours' || unit === 'business_hours' ? amount : amount * 24;
}

/** Whether the unit counts only business days. */
export function isBusinessUnit(unit: DurationUnit): boolean {
  return unit === 'business_days' || unit === 'business_hours';
}
