import { error, info, notice, summary, warning } from '@actions/core';
import { readSecurityMd } from '../cli/commands/security-md.js';
import { parseSecurityMd } from '../core/security-md/parse-security-md.js';
import { renderSecurityMdMarkdown } from '../core/security-md/render-security-md-markdown.js';
import type { FindingSeverity } from '../core/security-md/security-md-finding.js';
import { toSecurityMdReport } from '../core/security-md/to-security-md-report.js';
import { checkPrivateReporting } from '../github/check-private-reporting.js';
import type { GitHubClient } from '../github/client.js';
import type { ActionEnv } from './action-env.js';

/** What a check of the Action reports back to `runAction`, which decides the step's outcome. */
export interface ActionCheckResult {
  /** Findings of this check, for the `findings` output. */
  findings: number;
  /** Whether this check asks for the step to fail. */
  failed: boolean;
  /** Why, in one sentence for `setFailed` (set when `failed`). */
  message?: string;
}

const ANNOTATE: Record<FindingSeverity, typeof error> = { error, warning, notice };

/**
 * The Action's `security-md` check: lints the SECURITY.md GitHub would show in the checked-out
 * workspace (root, `.github/`, `docs/`; the organisation's `.github` fallback is not read).
 * Every finding becomes a workflow annotation on its line (error, warning or notice) and a row
 * of the job summary with how to fix it; an error finding fails. When the policy names GitHub
 * private vulnerability reporting and `gh` is given, whether it is enabled is asked; a token
 * that may not ask (the workflow token has no `administration: read`) leaves it unknown, and
 * the summary says that check was skipped.
 */
export async function runSecurityMdCheck(
  env: ActionEnv,
  gh?: () => GitHubClient,
): Promise<ActionCheckResult> {
  const found = await readSecurityMd(undefined, env.workspace);
  const notes: string[] = [];
  let facts: { privateVulnerabilityReporting?: boolean } = {};
  if (
    found &&
    gh &&
    parseSecurityMd(found.text).contacts.some((contact) => contact.type === 'github-advisories')
  ) {
    let enabled: boolean | undefined;
    try {
      enabled = await checkPrivateReporting(gh(), env.repository);
    } catch (cause) {
      info(
        `SECURITY.md: could not ask whether private vulnerability reporting is enabled: ${(cause as Error).message}`,
      );
    }
    if (enabled === undefined)
      notes.push(
        'Whether private vulnerability reporting is enabled could not be read with this token (it needs `administration: read`, which the workflow token lacks), so the check that the GitHub reporting channel named in SECURITY.md works was skipped.',
      );
    else facts = { privateVulnerabilityReporting: enabled };
  }
  const report = toSecurityMdReport(found?.path ?? null, found?.text ?? null, facts);
  for (const finding of report.findings) {
    ANNOTATE[finding.severity](`${finding.message} How to fix: ${finding.fix}`, {
      title: `Warden: SECURITY.md ${finding.id}`,
      ...(report.path ? { file: report.path, startLine: finding.line ?? 1 } : {}),
    });
  }
  summary.addHeading('Warden: SECURITY.md', 2);
  summary.addRaw(renderSecurityMdMarkdown(report), true);
  for (const note of notes) summary.addRaw(`\n> ${note}\n`, true);
  const errors = report.findings.filter((finding) => finding.severity === 'error').length;
  const count = report.findings.length;
  info(
    `SECURITY.md check: ${report.path ?? 'no SECURITY.md'}, ${count} finding${count === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'})`,
  );
  return {
    findings: count,
    failed: errors > 0,
    ...(errors > 0 ? { message: `${errors} error${errors > 1 ? 's' : ''} in SECURITY.md` } : {}),
  };
}
