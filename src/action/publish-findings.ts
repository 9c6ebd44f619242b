import { error, notice, summary, warning } from '@actions/core';
import { meetsThreshold } from '../core/report/scan-report.js';
import type { Finding } from '../core/secrets/finding.js';
import type { Severity } from '../core/secrets/secret-rule.js';

/**
 * One workflow annotation per finding. GitHub shows only 10 of each level per step, which is
 * why the job summary and the SARIF file carry every finding as well.
 */
export function annotateFindings(findings: readonly Finding[], failOn: Severity | 'never'): void {
  for (const finding of findings) {
    const annotate = meetsThreshold(finding.severity, failOn)
      ? error
      : finding.severity === 'low'
        ? notice
        : warning;
    annotate(
      `${finding.redacted} looks like a ${finding.title} (${finding.ruleId}, ${finding.severity}, confidence ${finding.confidence}). Rotate it: ${finding.remediation.summary}`,
      {
        title: `Warden: ${finding.title}`,
        file: finding.path,
        startLine: finding.line,
        endLine: finding.endLine,
        ...(finding.line === finding.endLine
          ? { startColumn: finding.column, endColumn: finding.endColumn - 1 }
          : {}),
      },
    );
  }
}

/** Adds the secret scan's section to the job summary: every finding, redacted. */
export function summarizeFindings(
  findings: readonly Finding[],
  scope: string,
  notes: readonly string[],
): void {
  summary.addHeading('Warden: secrets', 2);
  summary.addRaw(
    findings.length === 0
      ? `No secrets found in ${scope}.`
      : `${findings.length} secret${findings.length > 1 ? 's' : ''} found in ${scope}. **Rotate each one first**: deleting the line does not undo the leak.`,
    true,
  );
  for (const note of notes) summary.addRaw(`\n> ${note}\n`, true);
  if (findings.length > 0) {
    summary.addTable([
      [
        { data: 'severity', header: true },
        { data: 'where', header: true },
        { data: 'what', header: true },
        { data: 'value', header: true },
        { data: 'how to fix', header: true },
      ],
      ...findings.map((f) => [
        f.severity,
        escapeHtml(`${f.path}:${f.line}${f.commit ? ` (${f.commit.slice(0, 7)})` : ''}`),
        escapeHtml(`${f.title} (${f.ruleId})`),
        escapeHtml(f.redacted),
        f.remediation.url
          ? `<a href="${escapeHtml(f.remediation.url)}">rotate</a>`
          : escapeHtml(f.remediation.summary),
      ]),
    ]);
  }
}

/** Summary tables are HTML: paths and titles must not become markup. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
}
