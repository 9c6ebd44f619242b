import { error, summary, warning } from '@actions/core';
import type { BranchProtectionAudit } from './check-repository-branch-protection.js';

/**
 * The branch-protection audit in the workflow: one `error` (when the step will fail) or
 * `warning` per finding, and a job-summary section with every finding, the Scorecard tier
 * each branch reaches, and what the token could not see. Findings are about settings, not
 * lines, so the annotations carry no file.
 */
export function publishBranchProtection(audit: BranchProtectionAudit, failing: boolean): void {
  const { result, classicUnread } = audit;
  const annotate = failing ? error : warning;
  for (const finding of result.findings)
    annotate(`${finding.message}: ${finding.evidence}. Fix: ${finding.fix}`, {
      title: `Warden: branch protection (${finding.requirement})`,
    });
  summary.addHeading('Warden: branch protection', 2);
  if (result.state) {
    summary.addRaw(result.state.message, true);
    return;
  }
  const branches = Object.entries(
    (result.details.branches ?? {}) as Record<string, { tier: string | null; score: number }>,
  );
  summary.addRaw(
    result.pass
      ? 'Branch protection meets the configuration.'
      : `${result.findings.length} finding${result.findings.length > 1 ? 's' : ''}: branch protection falls short of the configuration.`,
    true,
  );
  if (branches.length > 0) {
    summary.addRaw(
      `\nScorecard tier reached: ${branches.map(([name, b]) => `<code>${escapeHtml(name)}</code> ${b.tier ?? 'below tier 1'} (${b.score}/10)`).join(', ')}.\n`,
      true,
    );
  }
  if (classicUnread.length > 0) {
    summary.addRaw(
      `\n> This token cannot read classic branch protection (GitHub answers 403) nor who may bypass a ruleset, so ${classicUnread.map((b) => `<code>${escapeHtml(b)}</code>`).join(', ')} ${classicUnread.length > 1 ? 'were' : 'was'} checked on the rules of rulesets alone; classic protection or a ruleset without bypass may already cover some findings. The Warden App (administration: read) sees all of it.\n`,
      true,
    );
  }
  if (result.findings.length > 0) {
    summary.addTable([
      [
        { data: 'requirement', header: true },
        { data: 'what', header: true },
        { data: 'evidence', header: true },
        { data: 'how to fix', header: true },
      ],
      ...result.findings.map((f) => [
        `<code>${escapeHtml(f.requirement)}</code>`,
        escapeHtml(f.message.replace(/`/g, '')),
        escapeHtml(f.evidence),
        escapeHtml(f.fix.replace(/`/g, '')),
      ]),
    ]);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
}
