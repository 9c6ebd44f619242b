import { countBySeverity, type ScanReport } from './scan-report.js';

export interface TextOptions {
  /** ANSI colours, for a terminal. */
  color: boolean;
}

const COLORS = {
  critical: '\x1b[1;31m',
  high: '\x1b[31m',
  medium: '\x1b[33m',
  low: '\x1b[36m',
  dim: '\x1b[2m',
  reset: '\x1b[0m',
};

/** The report for people on a terminal: one block per finding, then a summary line. */
export function toText(report: ScanReport, options: TextOptions): string {
  const paint = (color: keyof typeof COLORS, text: string) =>
    options.color ? `${COLORS[color]}${text}${COLORS.reset}` : text;
  const blocks = report.findings.map((finding) => {
    const where = `${finding.path}:${finding.line}:${finding.column}${finding.commit ? ` (commit ${finding.commit.slice(0, 12)})` : ''}`;
    return [
      `${paint(finding.severity, finding.severity.toUpperCase().padEnd(8))} ${where}`,
      `  ${finding.title} [${finding.ruleId}], confidence: ${finding.confidence}`,
      `  secret: ${finding.redacted}   fingerprint: ${finding.fingerprint}`,
      `  fix: ${finding.remediation.summary}${finding.remediation.url ? ` ${paint('dim', finding.remediation.url)}` : ''}`,
    ].join('\n');
  });
  const counts = countBySeverity(report.findings);
  const tally = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity}`)
    .join(', ');
  const { files, bytes, durationMs } = report.stats;
  const sections = [...blocks];
  if (report.skipped.length > 0) {
    const shown = report.skipped
      .slice(0, 20)
      .map((skip) => `  ${skip.path}: ${skip.reason}${skip.detail ? ` (${skip.detail})` : ''}`);
    if (report.skipped.length > 20)
      shown.push(`  … and ${report.skipped.length - 20} more (see --format json)`);
    sections.push(
      [`Skipped ${report.skipped.length} file${report.skipped.length > 1 ? 's' : ''}:`, ...shown].join('\n'),
    );
  }
  const summary =
    report.findings.length === 0
      ? 'No secrets found'
      : `${report.findings.length} secret${report.findings.length > 1 ? 's' : ''} found (${tally})`;
  const baselined = report.baselined > 0 ? `, ${report.baselined} known in the baseline` : '';
  sections.push(
    `${summary}${baselined}. Scanned ${files} file${files === 1 ? '' : 's'}, ${formatBytes(bytes)} in ${(durationMs / 1000).toFixed(2)} s.`,
  );
  return `${sections.join('\n\n')}\n`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
