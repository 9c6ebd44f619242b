import ignore from 'ignore';
import type { Context } from 'probot';
import { formatConfigIssues } from '../core/config/parse-config.js';
import type { WardenConfig } from '../core/config/warden-config.schema.js';
import { sortFindings } from '../core/report/scan-report.js';
import { type CheckRunAnnotation, toCheckRun } from '../core/report/to-check-run.js';
import type { Finding } from '../core/secrets/finding.js';
import { meetsConfidence } from '../core/secrets/select-rules.js';
import { completeCheckRun, failCheckRun, startCheckRun } from '../github/check-runs.js';
import { type AppDeps, SECRETS_CHECK } from './app-deps.js';
import { loadRepoConfig } from './load-repo-config.js';
import { reportCheckRunFailure } from './report-check-run-failure.js';

/** What a secret scan produced, before it becomes a check run. */
export interface SecretScanOutcome {
  findings: Finding[];
  scope: string;
  notes: string[];
  /** Extra annotations and a forced failure, e.g. an invalid config proposed by the PR. */
  extraAnnotations?: CheckRunAnnotation[];
  forceFailure?: string;
}

/**
 * The frame every secret check shares: a check run on `headSha` goes in progress, the repo's
 * config is loaded (a broken one fails the check with every problem listed), `scan` runs,
 * and the run completes with annotations. Errors complete the run with what to do, and are
 * rethrown so Probot logs them; nothing is left in progress. Returns the config and the
 * findings (none when the scan is disabled), or undefined when the config is invalid.
 */
export async function runSecretsCheck(
  context: Context,
  deps: AppDeps,
  headSha: string,
  scan: (
    config: WardenConfig,
    helpers: { isPathIgnored: (path: string) => boolean },
  ) => Promise<SecretScanOutcome>,
): Promise<{ config: WardenConfig; findings: Finding[] } | undefined> {
  const gh = context.octokit;
  const repo = context.repo();
  const checkRunId = await startCheckRun(gh, repo, SECRETS_CHECK, headSha, deps.now());
  try {
    const loaded = await loadRepoConfig(context);
    if (!loaded.ok) {
      await failCheckRun(
        gh,
        repo,
        checkRunId,
        {
          title: 'Invalid Warden config',
          summary: `${formatConfigIssues('.github/warden.yml', loaded.issues).replace(/\n {2}/g, '\n- ')}\n\nFix the file on the default branch; Warden does not fall back to defaults while it is broken. See docs/configuration.md.`,
        },
        deps.now(),
      );
      return undefined;
    }
    const { config } = loaded;
    if (!config.secrets.enabled) {
      await completeCheckRun(
        gh,
        repo,
        checkRunId,
        {
          conclusion: 'neutral',
          title: 'Secret scan disabled',
          summary: 'secrets.enabled is false in .github/warden.yml.',
          annotations: [],
        },
        deps.now(),
      );
      return { config, findings: [] };
    }
    const ignored = ignore().add(config.secrets.ignore_paths);
    const outcome = await scan(config, { isPathIgnored: (path) => ignored.ignores(path) });
    const findings = sortFindings(
      outcome.findings.filter((finding) => meetsConfidence(finding, config.secrets)),
    );
    const result = toCheckRun({
      findings,
      failOn: config.secrets.fail_on,
      scope: outcome.scope,
      notes: outcome.notes,
    });
    if (outcome.forceFailure) {
      result.conclusion = 'failure';
      result.title = `${outcome.forceFailure}; ${result.title.toLowerCase()}`;
    }
    result.annotations.push(...(outcome.extraAnnotations ?? []));
    await completeCheckRun(gh, repo, checkRunId, result, deps.now());
    context.log.info(
      { repo: `${repo.owner}/${repo.repo}`, headSha, findings: findings.length },
      'Secret scan completed',
    );
    return { config, findings };
  } catch (error) {
    await reportCheckRunFailure(context, gh, repo, checkRunId, error, deps.now(), 'secret scan');
    throw error;
  }
}
