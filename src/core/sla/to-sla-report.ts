import type {
  AdvisorySeverity,
  DurationUnit,
  ResponseStage,
  StageAnchor,
} from '../security-md/response-promise.js';
import { evaluate } from './evaluate.js';
import { formatUtc } from './format-utc.js';
import type { AdvisoryInput } from './parse-offline-advisories.js';
import type { BusinessCalendar, SlaPolicy, SlaTarget, StageStatus, TargetSource } from './sla-types.js';

/** One stage in the JSON output; times in ISO 8601 UTC. */
export interface SlaReportStage {
  stage: ResponseStage;
  start: string | null;
  due: string | null;
  stoppedAt: string | null;
  status: StageStatus;
}

/** One advisory in the JSON output. */
export interface SlaReportAdvisory {
  ghsaId: string;
  severity: AdvisorySeverity | null;
  stages: SlaReportStage[];
}

/** Counts over all advisories: stages by status, and advisories with a breached stage. */
export interface SlaReportSummary {
  advisories: number;
  /** Advisories with at least one `breached` stage. */
  breachedAdvisories: number;
  stages: number;
  met: number;
  breachedThenMet: number;
  breached: number;
  dueSoon: number;
  running: number;
  paused: number;
  closed: number;
  pending: number;
}

/** A target as the report shows it. */
export interface SlaReportTarget {
  value: number;
  unit: DurationUnit;
  from: StageAnchor;
  source: TargetSource;
}

/** What `warden sla --format json` prints. */
export interface SlaReport {
  now: string;
  timezone: string;
  /** The targets used and where each came from. */
  targets: {
    acknowledge: SlaReportTarget | null;
    triage: SlaReportTarget | null;
    fix: Record<AdvisorySeverity | 'default', SlaReportTarget | null>;
    disclose: SlaReportTarget | null;
  };
  advisories: SlaReportAdvisory[];
  summary: SlaReportSummary;
}

const STATUS_KEYS: Record<StageStatus, keyof SlaReportSummary> = {
  met: 'met',
  'breached-then-met': 'breachedThenMet',
  breached: 'breached',
  'due-soon': 'dueSoon',
  running: 'running',
  paused: 'paused',
  closed: 'closed',
  pending: 'pending',
};

/** Evaluates every advisory at `now` and shapes the result for output. */
export function toSlaReport(
  advisories: readonly AdvisoryInput[],
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  now: Date,
): SlaReport {
  const summary: SlaReportSummary = {
    advisories: advisories.length,
    breachedAdvisories: 0,
    stages: 0,
    met: 0,
    breachedThenMet: 0,
    breached: 0,
    dueSoon: 0,
    running: 0,
    paused: 0,
    closed: 0,
    pending: 0,
  };
  const reported = advisories.map((advisory): SlaReportAdvisory => {
    const stages = evaluate(advisory.timeline, policy, calendar, now).map((clock) => ({
      stage: clock.stage,
      start: formatUtc(clock.start),
      due: formatUtc(clock.due),
      stoppedAt: formatUtc(clock.stoppedAt),
      status: clock.status,
    }));
    for (const stage of stages) summary[STATUS_KEYS[stage.status]]++;
    summary.stages += stages.length;
    if (stages.some((stage) => stage.status === 'breached')) summary.breachedAdvisories++;
    return { ghsaId: advisory.ghsaId, severity: advisory.severity, stages };
  });
  return {
    now: formatUtc(now) ?? '',
    timezone: calendar.timezone,
    targets: {
      acknowledge: toReportTarget(policy.acknowledge),
      triage: toReportTarget(policy.triage),
      fix: {
        critical: toReportTarget(policy.fix.critical),
        high: toReportTarget(policy.fix.high),
        medium: toReportTarget(policy.fix.medium),
        low: toReportTarget(policy.fix.low),
        default: toReportTarget(policy.fix.default),
      },
      disclose: toReportTarget(policy.disclose),
    },
    advisories: reported,
    summary,
  };
}

function toReportTarget(target: SlaTarget | null): SlaReportTarget | null {
  return target
    ? { value: target.amount, unit: target.unit, from: target.from, source: target.source }
    : null;
}
