import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { info, setFailed, setOutput, setSecret, summary } from '@actions/core';
import { getOctokit } from '@actions/github';
import { VERSION } from '../cli/version.js';
import { meetsThreshold, sortFindings } from '../core/report/scan-report.js';
import { toSarif } from '../core/report/to-sarif.js';
import { meetsConfidence, selectRules } from '../core/secrets/select-rules.js';
import type { GitHubClient } from '../github/client.js';
import { loadConfigFile } from '../local/load-config-file.js';
import { readActionEnv } from './action-env.js';
import { checkRepositoryBranchProtection } from './check-repository-branch-protection.js';
import { publishBranchProtection } from './publish-branch-protection.js';
import { annotateFindings, summarizeFindings } from './publish-findings.js';
import { readInputs } from './read-inputs.js';
import { runSecurityMdCheck } from './run-security-md-check.js';
import { runSlaCheck } from './run-sla-check.js';
import { scanEventSecrets } from './scan-event-secrets.js';

/**
 * The Action: reads inputs and the event, runs the chosen checks with the repository's own
 * `.github/warden.yml`, annotates, writes the job summary and SARIF, and fails the step when a
 * finding reaches the threshold — an explicit decision here, not a side effect of a throw.
 */
export interface ActionOptions {
  /**
   * The HTTP transport for the API. By default @actions/github's own (which honours the
   * runner's proxy settings); tests pass the global `fetch` so HTTP is mocked at the edge.
   */
  fetch?: typeof globalThis.fetch;
}

export async function runAction(
  env: Record<string, string | undefined> = process.env,
  options: ActionOptions = {},
): Promise<void> {
  try {
    const inputs = readInputs();
    if (inputs.token) setSecret(inputs.token);
    const actionEnv = readActionEnv(env);
    const { config, source } = loadConfigFile(actionEnv.workspace, inputs.config);
    info(`Warden ${VERSION}: ${inputs.checks.join(', ')} with config ${source}`);
    let client: GitHubClient | undefined;
    const gh = () => {
      if (!inputs.token)
        throw new Error(
          "input 'token' is empty: pass `token: ${{ github.token }}` (the default) or an App token",
        );
      client ??= getOctokit(inputs.token, {
        baseUrl: actionEnv.apiUrl,
        ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
      }) as unknown as GitHubClient;
      return client;
    };
    const failures: string[] = [];
    const pull = actionEnv.payload.pull_request as
      | { head?: { repo?: { full_name?: string } | null } }
      | undefined;
    const fromFork =
      pull !== undefined &&
      pull.head?.repo?.full_name !== `${actionEnv.repository.owner}/${actionEnv.repository.repo}`;
    let findingCount = 0;

    if (inputs.checks.includes('secrets')) {
      const failOn = inputs.failOn ?? config.secrets.fail_on;
      const scan = await scanEventSecrets(actionEnv, gh, config.secrets);
      const findings = sortFindings(
        scan.findings.filter((finding) => meetsConfidence(finding, config.secrets)),
      );
      findingCount += findings.length;
      annotateFindings(findings, failOn);
      summarizeFindings(findings, scan.scope, scan.notes);
      const sarifPath = resolve(actionEnv.workspace, inputs.sarifFile);
      const report = {
        findings,
        skipped: scan.skipped,
        baselined: 0,
        stats: { files: scan.files, bytes: scan.bytes, durationMs: 0 },
      };
      writeFileSync(
        sarifPath,
        `${JSON.stringify(toSarif(report, { rules: selectRules(), toolVersion: VERSION }), null, 2)}\n`,
      );
      setOutput('sarif-file', sarifPath);
      info(
        `Secrets: ${findings.length} finding${findings.length === 1 ? '' : 's'} in ${scan.scope}; SARIF at ${sarifPath}`,
      );
      const failing = findings.filter((finding) => meetsThreshold(finding.severity, failOn)).length;
      if (failing > 0) failures.push(`${failing} secret${failing > 1 ? 's' : ''} at or above ${failOn}`);
    }

    if (inputs.checks.includes('branch-protection') && config.branch_protection.enabled) {
      const audit = await checkRepositoryBranchProtection(
        gh(),
        actionEnv.repository,
        config.branch_protection,
      );
      const count = audit.result.findings.length;
      const failing = count > 0 && inputs.failOn !== 'never';
      publishBranchProtection(audit, failing);
      findingCount += count;
      info(
        `Branch protection: ${audit.result.state?.message ?? `${count} finding${count === 1 ? '' : 's'}`}`,
      );
      if (failing) failures.push(`${count} branch protection finding${count > 1 ? 's' : ''}`);
    }

    if (inputs.checks.includes('security-md')) {
      const lint = await runSecurityMdCheck(actionEnv, gh);
      findingCount += lint.findings;
      if (lint.failed && inputs.failOn !== 'never') failures.push(lint.message ?? 'SECURITY.md lint errors');
    }

    if (inputs.checks.includes('sla')) {
      if (fromFork) {
        // A fork's token cannot read advisories, and nothing about them belongs in its logs.
        summary.addRaw(
          '\n> **sla** was skipped: this pull request comes from a fork, whose token cannot read security advisories.\n',
          true,
        );
        info('SLA: skipped on a pull request from a fork');
      } else {
        const sla = await runSlaCheck(actionEnv, gh, config);
        findingCount += sla.findings;
        if (sla.failed && inputs.failOn !== 'never') failures.push(sla.message ?? 'SLA stages breached');
      }
    }

    if (fromFork) {
      summary.addRaw(
        '\n> This pull request comes from a fork: the workflow token is read-only and repository secrets are not available, so Warden only read the pull request. Uploading the SARIF file (security-events: write) will not work here; the annotations and this summary carry every finding.\n',
        true,
      );
    }
    setOutput('findings', findingCount);
    await summary.write();
    if (failures.length > 0) setFailed(`Warden found ${failures.join('; ')}. See the job summary.`);
  } catch (error) {
    setFailed(`Warden could not run: ${(error as Error).message}`);
  }
}
