import type { Context } from 'probot';
import { toSecurityMdCheckRun } from '../core/report/to-security-md-check-run.js';
import { parseSecurityMd } from '../core/security-md/parse-security-md.js';
import { toSecurityMdReport } from '../core/security-md/to-security-md-report.js';
import { checkPrivateReporting } from '../github/check-private-reporting.js';
import { completeCheckRun, startCheckRun } from '../github/check-runs.js';
import { readSecurityPolicy } from '../github/read-security-policy.js';
import type { AppDeps } from './app-deps.js';
import { reportCheckRunFailure } from './report-check-run-failure.js';

/** The check run that carries the SECURITY.md lint. */
export const SECURITY_MD_CHECK = 'Warden / security-md';

/**
 * Lints the SECURITY.md GitHub would show at `headSha` (the root, `.github/`, `docs/`, then the
 * organisation's `.github` repository) on `Warden / security-md`, each finding annotated on
 * its line. When the policy sends reporters to GitHub private vulnerability reporting, whether
 * that is enabled is asked (a 403 or 404 leaves it unknown and the summary says so). Errors
 * complete the run with what to do and are rethrown for Probot's log.
 */
export async function checkSecurityMd(context: Context, deps: AppDeps, headSha: string): Promise<void> {
  const gh = context.octokit;
  const repo = context.repo();
  const checkRunId = await startCheckRun(gh, repo, SECURITY_MD_CHECK, headSha, deps.now());
  try {
    const policy = await readSecurityPolicy(gh, repo, headSha, { orgFallback: true });
    const notes: string[] = [];
    let facts: { privateVulnerabilityReporting?: boolean } = {};
    if (
      policy &&
      parseSecurityMd(policy.text).contacts.some((contact) => contact.type === 'github-advisories')
    ) {
      const enabled = await checkPrivateReporting(gh, repo);
      if (enabled === undefined)
        notes.push(
          'Warden could not read whether private vulnerability reporting is enabled (the App needs `administration: read`), so it did not check that the GitHub private reporting channel named in SECURITY.md works.',
        );
      else facts = { privateVulnerabilityReporting: enabled };
    }
    const fromOrg = policy?.fromOrgRepository === true;
    const report = toSecurityMdReport(policy?.path ?? null, policy?.text ?? null, facts);
    const result = toSecurityMdCheckRun(report, {
      annotate: !fromOrg,
      ...(fromOrg ? { where: `the organisation default in \`${repo.owner}/.github\`` } : {}),
      notes,
    });
    await completeCheckRun(gh, repo, checkRunId, result, deps.now());
    context.log.info(
      { repo: `${repo.owner}/${repo.repo}`, headSha, path: report.path, findings: report.findings.length },
      'SECURITY.md check completed',
    );
  } catch (error) {
    await reportCheckRunFailure(context, gh, repo, checkRunId, error, deps.now(), 'SECURITY.md check');
    throw error;
  }
}
