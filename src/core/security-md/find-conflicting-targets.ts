import { describePromise, describeTargetName } from './describe-promise.js';
import { isBusinessUnit, type ResponsePromise, toHours } from './response-promise.js';
import type { SecurityMdFinding } from './security-md-finding.js';

/**
 * Two promises for the same target that differ ("acknowledge within 48 hours" and later "we
 * aim to respond within 24 hours"): reporters cannot know which holds, and the SLA uses the
 * first. Promises limited to different severities are different targets.
 */
export function findConflictingTargets(promises: readonly ResponsePromise[]): SecurityMdFinding[] {
  const firstByTarget = new Map<string, ResponsePromise>();
  const reported = new Set<string>();
  const findings: SecurityMdFinding[] = [];
  for (const promise of promises) {
    const severity = promise.severity === null || promise.severity === 'default' ? 'any' : promise.severity;
    const key = `${promise.stage}:${severity}`;
    const first = firstByTarget.get(key);
    if (!first) {
      firstByTarget.set(key, promise);
      continue;
    }
    if (reported.has(key) || sameTarget(first, promise)) continue;
    reported.add(key);
    const name = describeTargetName(first);
    findings.push({
      id: 'conflicting-targets',
      severity: 'warning',
      message: `SECURITY.md promises two different ${name} targets: ${describePromise(first)} and ${describePromise(promise)}.`,
      fix: `State one ${name} target and remove the other. Until then Warden's SLA clocks use the first, ${describePromise(first)}.`,
      line: promise.line,
    });
  }
  return findings;
}

function sameTarget(a: ResponsePromise, b: ResponsePromise): boolean {
  return (
    toHours(a.amount, a.unit) === toHours(b.amount, b.unit) &&
    isBusinessUnit(a.unit) === isBusinessUnit(b.unit) &&
    a.from === b.from
  );
}
