import { isBusinessUnit, type ResponsePromise, toHours } from './response-promise.js';
import type { ResponseTargets } from './security-policy.js';
import { selectTargets } from './select-targets.js';

/**
 * The `responseTargets` summary of the promises: hours for acknowledge, days for the rest, a
 * business day counted as 24 hours (the unit itself is kept in each promise). Values are rounded
 * to three decimals ("within 4 hours" as a fix target is 0.167 days).
 */
export function toResponseTargets(promises: readonly ResponsePromise[]): ResponseTargets {
  const selected = selectTargets(promises);
  const days = (promise: ResponsePromise | null): number | null =>
    promise ? round(toHours(promise.amount, promise.unit) / 24) : null;
  return {
    acknowledgeHours: selected.acknowledge
      ? round(toHours(selected.acknowledge.amount, selected.acknowledge.unit))
      : null,
    triageDays: days(selected.triage),
    fixDays: {
      critical: days(selected.fix.critical),
      high: days(selected.fix.high),
      medium: days(selected.fix.medium),
      low: days(selected.fix.low),
      default: days(selected.fix.default),
    },
    disclosureDays: days(selected.disclose),
    businessDays: promises.length === 0 ? null : promises.some((p) => isBusinessUnit(p.unit)),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
