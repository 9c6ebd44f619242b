import {
  ADVISORY_SEVERITIES,
  type AdvisorySeverity,
  type ResponsePromise,
  type ResponseStage,
  toHours,
} from './response-promise.js';

/** The promise that sets each stage's target, `null` where SECURITY.md states none. */
export interface SelectedTargets {
  acknowledge: ResponsePromise | null;
  triage: ResponsePromise | null;
  fix: Record<AdvisorySeverity | 'default', ResponsePromise | null>;
  disclose: ResponsePromise | null;
}

/**
 * Picks the promise that sets each target when SECURITY.md states several (the linter reports
 * conflicts): the first one that names no severity (or says "others"). Acknowledge, triage and
 * disclose are not tracked per severity, because severity is usually unknown that early; when
 * every promise for such a stage names a severity, the loosest is used so no clock breaches
 * before any promise does. Fix targets are per severity, first one wins.
 */
export function selectTargets(promises: readonly ResponsePromise[]): SelectedTargets {
  const fix = {
    critical: null,
    high: null,
    medium: null,
    low: null,
    default: null,
  } as SelectedTargets['fix'];
  for (const severity of ADVISORY_SEVERITIES) {
    fix[severity] = promises.find((p) => p.stage === 'fix' && p.severity === severity) ?? null;
  }
  fix.default = generalPromise(promises, 'fix');
  return {
    acknowledge: stageTarget(promises, 'acknowledge'),
    triage: stageTarget(promises, 'triage'),
    fix,
    disclose: stageTarget(promises, 'disclose'),
  };
}

function generalPromise(promises: readonly ResponsePromise[], stage: ResponseStage): ResponsePromise | null {
  return promises.find((p) => p.stage === stage && (p.severity === null || p.severity === 'default')) ?? null;
}

function stageTarget(promises: readonly ResponsePromise[], stage: ResponseStage): ResponsePromise | null {
  const general = generalPromise(promises, stage);
  if (general) return general;
  let loosest: ResponsePromise | null = null;
  for (const promise of promises) {
    if (promise.stage !== stage) continue;
    if (!loosest || toHours(promise.amount, promise.unit) > toHours(loosest.amount, loosest.unit))
      loosest = promise;
  }
  return loosest;
}
