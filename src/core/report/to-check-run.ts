import type { Finding } from '../secrets/finding.js';
import type { Severity } from '../secrets/secret-rule.js';
import { countBySeverity, meetsThreshold } from './scan-report.js';

/** GitHub's limits for check runs (REST description: checks/update). */
export const ANNOTATIONS_PER_REQUEST = 50;
export const OUTPUT_TEXT_LIMIT = 65_535;

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
  raw_details?: string;
}

export interface CheckRunResult {
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  text?: string;
  annotations: CheckRunAnnotation[];
}

export interface CheckRunInput {
  findings: readonly Finding[];
  failOn: Severity | 'never';
  /** What was scanned, for the summary: "12 files of pull request #3". */
  scope: string;
  /** Things the user must know that are not findings: skipped files, truncated lists. */
  notes?: readonly string[];
}

/**
 * The check run's conclusion and output for a secret scan: `failure` when a finding is at or
 * above `fail_on`, `neutral` when all are below it, `success` when there are none. Every
 * finding gets an annotation on its exact line; summary and text never exceed GitHub's limit.
 */
export function toCheckRun({ findings, failOn, scope, notes = [] }: CheckRunInput): CheckRunResult {
  const failing = findings.filter((finding) => meetsThreshold(finding.severity, failOn));
  const conclusion = findings.length === 0 ? 'success' : failing.length > 0 ? 'failure' : 'neutral';
  const counts = countBySeverity(findings);
  const tally = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity}`)
    .join(', ');
  const title =
    findings.length === 0
      ? 'No secrets found'
      : `${findings.length} secret${findings.length > 1 ? 's' : ''} found (${tally})`;
  const intro =
    findings.length === 0
      ? `Warden scanned the added lines of ${scope} and found no committed credentials.`
      : `Warden found credentials in the added lines of ${scope}. **Rotate each one first**: removing the line or rewriting the commit does not undo the leak, because the value has already been pushed.`;
  const table = findings.map(
    (f) =>
      `| ${f.severity} | \`${escapeCell(f.path)}\`:${f.line} | ${escapeCell(f.title)} | \`${escapeCell(f.redacted)}\` | ${f.confidence} |`,
  );
  const header = ['| severity | where | what | value | confidence |', '|---|---|---|---|---|'];
  const noteLines = notes.map((note) => `> ${note}`);
  const summary = fitToLimit(
    [
      intro,
      ...(noteLines.length ? ['', ...noteLines] : []),
      '',
      ...(table.length ? [...header, ...table] : []),
    ],
    findings.length,
  );
  const text = findings.length > 0 ? fitToLimit(remediationText(findings), 0) : undefined;
  return {
    conclusion,
    title,
    summary,
    ...(text ? { text } : {}),
    annotations: findings.map((f) => toAnnotation(f, failOn)),
  };
}

function toAnnotation(finding: Finding, failOn: Severity | 'never'): CheckRunAnnotation {
  const sameLine = finding.line === finding.endLine;
  return {
    path: finding.path,
    start_line: finding.line,
    end_line: finding.endLine,
    // GitHub's end_column is the last character; a finding's endColumn is the one after it.
    ...(sameLine ? { start_column: finding.column, end_column: finding.endColumn - 1 } : {}),
    annotation_level: meetsThreshold(finding.severity, failOn)
      ? 'failure'
      : finding.severity === 'low'
        ? 'notice'
        : 'warning',
    title: `${finding.title} (${finding.severity})`,
    message: `${finding.redacted} looks like a ${finding.title} (${finding.ruleId}, confidence: ${finding.confidence}). Rotate it now: ${finding.remediation.summary}`,
    ...(finding.remediation.url
      ? { raw_details: `How to revoke: ${finding.remediation.url}\nFingerprint: ${finding.fingerprint}` }
      : {}),
  };
}

function remediationText(findings: readonly Finding[]): string[] {
  const byRule = new Map<string, Finding>();
  for (const finding of findings) if (!byRule.has(finding.ruleId)) byRule.set(finding.ruleId, finding);
  return [
    '## What to do',
    '',
    '1. **Revoke or rotate** each credential at its provider (steps below). Assume it is compromised.',
    '2. Replace it in the code with a secret store or an environment variable.',
    "3. Check the provider's logs for use of the leaked value.",
    '4. If the value must also leave the git history, purge it (`git filter-repo`) and force-push; this does not replace step 1.',
    '5. A deliberate test value can be marked with a `warden:allow` comment on its line.',
    '',
    ...[...byRule.values()].map(
      (f) =>
        `- **${f.title}** (\`${f.ruleId}\`): ${f.remediation.summary}${f.remediation.url ? ` [Provider docs](${f.remediation.url})` : ''}`,
    ),
  ];
}

/** Joins lines, cutting whole table rows when over the limit and saying how many were left out. */
function fitToLimit(lines: string[], rowCount: number): string {
  const joined = lines.join('\n');
  if (joined.length <= OUTPUT_TEXT_LIMIT) return joined;
  const kept: string[] = [];
  let length = 0;
  const reserve = 200;
  for (const line of lines) {
    if (length + line.length + 1 > OUTPUT_TEXT_LIMIT - reserve) break;
    kept.push(line);
    length += line.length + 1;
  }
  const omitted = lines.length - kept.length;
  kept.push(
    '',
    `_…${omitted} more line${omitted > 1 ? 's' : ''} cut to fit GitHub's 65,535-character limit${rowCount ? '; every finding is still annotated on its line' : ''}._`,
  );
  return kept.join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/`/g, "'").replace(/\n/g, ' ');
}
