import { renderSecurityMdMarkdown } from '../security-md/render-security-md-markdown.js';
import type { FindingSeverity } from '../security-md/security-md-finding.js';
import type { SecurityMdReport } from '../security-md/security-policy.js';
import { type CheckRunAnnotation, type CheckRunResult, OUTPUT_TEXT_LIMIT } from './to-check-run.js';

const LEVELS: Record<FindingSeverity, CheckRunAnnotation['annotation_level']> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

/**
 * The `Warden / security-md` check run for a linted SECURITY.md: `failure` when a finding is an
 * error, `success` otherwise (warnings and notices are annotated, not failing). Each finding is
 * annotated on its line (line 1 when it has none) when the file is in the repository;
 * `annotate: false` (a policy read from the organisation's `.github` repository) keeps them in
 * the summary only.
 */
export function toSecurityMdCheckRun(
  report: SecurityMdReport,
  options: { annotate?: boolean; where?: string; notes?: readonly string[] } = {},
): CheckRunResult {
  const errors = report.findings.filter((finding) => finding.severity === 'error').length;
  const count = report.findings.length;
  const title =
    report.path === null
      ? 'No SECURITY.md'
      : count === 0
        ? 'SECURITY.md: no findings'
        : `SECURITY.md: ${count} finding${count > 1 ? 's' : ''}${errors ? ` (${errors} error${errors > 1 ? 's' : ''})` : ''}`;
  const notes = (options.notes ?? []).map((note) => `> ${note}`);
  const summary = [renderSecurityMdMarkdown(report, options), ...(notes.length ? ['', ...notes] : [])]
    .join('\n')
    .slice(0, OUTPUT_TEXT_LIMIT);
  const path = report.path;
  const annotations: CheckRunAnnotation[] =
    path === null || options.annotate === false
      ? []
      : report.findings.map((finding) => ({
          path,
          start_line: finding.line ?? 1,
          end_line: finding.line ?? 1,
          annotation_level: LEVELS[finding.severity],
          title: `SECURITY.md: ${finding.id}`,
          message: `${finding.message}\n\nHow to fix: ${finding.fix}`,
        }));
  return { conclusion: errors > 0 ? 'failure' : 'success', title, summary, annotations };
}
