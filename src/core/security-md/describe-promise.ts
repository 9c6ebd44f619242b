import type { DurationUnit, ResponsePromise } from './response-promise.js';

const UNIT_WORDS: Record<DurationUnit, [string, string]> = {
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
  business_hours: ['business hour', 'business hours'],
  business_days: ['business day', 'business days'],
};

/** "3 business days", "24 hours", "30 days from triage": a duration for messages. */
export function describeDuration(amount: number, unit: DurationUnit): string {
  const [one, many] = UNIT_WORDS[unit];
  return `${amount} ${amount === 1 ? one : many}`;
}

/** "48 hours (line 35)", "30 days from triage (line 40)". */
export function describePromise(promise: ResponsePromise): string {
  const from = promise.from === 'report' ? '' : ` from ${promise.from}`;
  return `${describeDuration(promise.amount, promise.unit)}${from} (line ${promise.line})`;
}

/** "acknowledge", "fix (critical)", "fix (others)". */
export function describeTargetName(promise: ResponsePromise): string {
  if (promise.severity === null) return promise.stage;
  return `${promise.stage} (${promise.severity === 'default' ? 'others' : promise.severity})`;
}
