import type { DiffPlantedSecret } from './generate-diff.js';
import type { PlantedSecret } from './plant-secrets.js';
import type { SecretKind } from './secret-kinds.js';

/** The span of something reported: a Warden finding, or a secretlint message made 1-based. */
export interface ReportedSpan {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
}

export interface Recall {
  planted: number;
  found: number;
  byKind: Partial<Record<SecretKind, { planted: number; found: number }>>;
  /** Reports that overlap no planted secret: look-alikes taken for secrets, or unplanned real hits. */
  unplanted: number;
  unplantedByRule: Record<string, number>;
}

/** `a` before `b` in (line, column) order. */
function before(aLine: number, aColumn: number, bLine: number, bColumn: number): boolean {
  return aLine < bLine || (aLine === bLine && aColumn < bColumn);
}

/** Whether two spans (end exclusive) share a character. */
export function overlaps(a: ReportedSpan | PlantedSecret, b: ReportedSpan | PlantedSecret): boolean {
  return (
    a.path === b.path &&
    before(a.line, a.column, b.endLine, b.endColumn) &&
    before(b.line, b.column, a.endLine, a.endColumn)
  );
}

/** Which planted secrets some report overlaps, by kind, and how many reports hit nothing planted. */
export function measureRecall(planted: readonly PlantedSecret[], reported: readonly ReportedSpan[]): Recall {
  const byPath = new Map<string, ReportedSpan[]>();
  for (const span of reported) {
    const list = byPath.get(span.path);
    if (list) list.push(span);
    else byPath.set(span.path, [span]);
  }
  const recall: Recall = { planted: planted.length, found: 0, byKind: {}, unplanted: 0, unplantedByRule: {} };
  const matched = new Set<ReportedSpan>();
  for (const secret of planted) {
    const kind = recall.byKind[secret.kind] ?? { planted: 0, found: 0 };
    recall.byKind[secret.kind] = kind;
    kind.planted++;
    const hits = (byPath.get(secret.path) ?? []).filter((span) => overlaps(span, secret));
    for (const hit of hits) matched.add(hit);
    if (hits.length > 0) {
      kind.found++;
      recall.found++;
    }
  }
  for (const span of reported) {
    if (matched.has(span)) continue;
    recall.unplanted++;
    recall.unplantedByRule[span.ruleId] = (recall.unplantedByRule[span.ruleId] ?? 0) + 1;
  }
  return recall;
}

/**
 * Whether a secret planted on a removed or context line of a diff was reported anyway. Removed
 * lines are numbered in the old file and findings in the new one, so those match by secret
 * hash; context lines are in the new file and match by position too.
 */
export function reportedOffAddedLines(
  secret: DiffPlantedSecret,
  findings: readonly (ReportedSpan & { secretHash: string })[],
): boolean {
  return findings.some(
    (finding) =>
      finding.path === secret.path &&
      (finding.secretHash === secret.secretHash || (secret.side === 'context' && overlaps(finding, secret))),
  );
}
