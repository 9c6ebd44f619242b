import { describePromise, describeTargetName } from './describe-promise.js';
import { ADVISORY_SEVERITIES, isBusinessUnit, type ResponsePromise, toHours } from './response-promise.js';
import type { SecurityMdFinding } from './security-md-finding.js';
import { type SelectedTargets, selectTargets } from './select-targets.js';

interface Bounds {
  /** The earliest the deadline can fall, in hours after the report. */
  earliest: number;
  /** The latest the deadline can fall, in hours after the report. */
  latest: number;
}

/**
 * Targets that cannot all hold: acknowledging later than triaging or fixing, triaging later than
 * fixing, or fixing a more severe issue later than a less severe one. Business days are given
 * their widest calendar span (a weekend per five, plus a weekend start) before comparing, so only
 * a certain contradiction is reported.
 */
export function findOutOfOrderTargets(promises: readonly ResponsePromise[]): SecurityMdFinding[] {
  const selected = selectTargets(promises);
  const findings: SecurityMdFinding[] = [];
  const fixes = [...ADVISORY_SEVERITIES, 'default' as const]
    .map((severity) => selected.fix[severity])
    .filter((p): p is ResponsePromise => p !== null);
  const pairs: [ResponsePromise | null, ResponsePromise | null][] = [
    [selected.acknowledge, selected.triage],
    ...fixes.map((fix): [ResponsePromise | null, ResponsePromise] => [selected.acknowledge, fix]),
    ...fixes.map((fix): [ResponsePromise | null, ResponsePromise] => [selected.triage, fix]),
  ];
  for (let i = 0; i < ADVISORY_SEVERITIES.length; i++) {
    for (let j = i + 1; j < ADVISORY_SEVERITIES.length; j++) {
      pairs.push([selected.fix[ADVISORY_SEVERITIES[i]!], selected.fix[ADVISORY_SEVERITIES[j]!]]);
    }
  }
  const seen = new Set<ResponsePromise>();
  for (const [earlier, later] of pairs) {
    if (!earlier || !later || earlier === later) continue;
    const a = boundsOf(earlier, selected);
    const b = boundsOf(later, selected);
    if (a.earliest <= b.latest) continue;
    // One finding per late promise is enough to point at the line to change.
    if (seen.has(earlier)) continue;
    seen.add(earlier);
    findings.push({
      id: 'targets-out-of-order',
      severity: 'warning',
      message: `The ${describeTargetName(earlier)} target, ${describePromise(earlier)}, ends after the ${describeTargetName(later)} target, ${describePromise(later)}.`,
      fix: `Make the ${describeTargetName(earlier)} target shorter than the ${describeTargetName(later)} target, or correct whichever of the two is wrong.`,
      line: earlier.line,
    });
  }
  return findings;
}

function boundsOf(promise: ResponsePromise, selected: SelectedTargets, depth = 0): Bounds {
  const hours = toHours(promise.amount, promise.unit);
  const own: Bounds = isBusinessUnit(promise.unit)
    ? { earliest: hours, latest: (hours / 24 + 2 * Math.ceil(hours / 24 / 5) + 2) * 24 }
    : { earliest: hours, latest: hours };
  if (promise.from === 'report' || depth > 3) return own;
  const anchor = promise.from === 'fix' ? selected.fix.default : selected[promise.from];
  if (!anchor) return { earliest: own.earliest, latest: Number.POSITIVE_INFINITY };
  const base = boundsOf(anchor, selected, depth + 1);
  return { earliest: own.earliest + base.earliest, latest: own.latest + base.latest };
}
