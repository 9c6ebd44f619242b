import type { ScanReport } from './scan-report.js';

/** The machine-readable report: findings (already redacted), skips and stats. */
export function toJson(report: ScanReport): string {
  return `${JSON.stringify(
    {
      version: 1,
      findings: report.findings,
      skipped: report.skipped,
      baselined: report.baselined,
      stats: report.stats,
    },
    null,
    2,
  )}\n`;
}
