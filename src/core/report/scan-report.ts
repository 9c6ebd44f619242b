import type { Finding } from '../secrets/finding.js';
import { SEVERITIES, type Severity } from '../secrets/secret-rule.js';

/** A file the scan passed over, and why: reported so nothing is skipped silently. */
export interface SkippedFile {
  path: string;
  reason: 'binary' | 'too-large' | 'unreadable' | 'ignored';
  detail?: string;
}

/** Everything a scan produced, ready for any output format. */
export interface ScanReport {
  findings: Finding[];
  skipped: SkippedFile[];
  /** Findings dropped because the baseline already lists their fingerprints. */
  baselined: number;
  stats: { files: number; bytes: number; durationMs: number };
}

/** Whether `severity` is at or above `threshold` (`never` is above everything). */
export function meetsThreshold(severity: Severity, threshold: Severity | 'never'): boolean {
  if (threshold === 'never') return false;
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** Findings in a stable order: path, line, column, rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.path.localeCompare(b.path) ||
      (a.commit ?? '').localeCompare(b.commit ?? '') ||
      a.line - b.line ||
      a.column - b.column ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** Counts per severity, most severe first. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
