import { info, summary } from '@actions/core';
import { readSecurityMd } from '../cli/commands/security-md.js';
import type { WardenConfig } from '../core/config/warden-config.schema.js';
import { parseSecurityMd } from '../core/security-md/parse-security-md.js';
import { toObservedOfflineAdvisory } from '../core/sla/observe-advisory.js';
import { parseOfflineAdvisories } from '../core/sla/parse-offline-advisories.js';
import { resolveSlaPolicy } from '../core/sla/resolve-sla-policy.js';
import { toBusinessCalendar } from '../core/sla/to-business-calendar.js';
import { type SlaReport, toSlaReport } from '../core/sla/to-sla-report.js';
import type { GitHubClient } from '../github/client.js';
import { getRepositoryVisibility } from '../github/get-repository-visibility.js';
import { listRepositoryAdvisories } from '../github/list-repository-advisories.js';
import type { ActionEnv } from './action-env.js';
import type { ActionCheckResult } from './run-security-md-check.js';

/** What to tell a workflow whose token cannot read advisories. */
export const SLA_TOKEN_HELP =
  "The sla check needs a token that can read this repository's security advisories, which the workflow's GITHUB_TOKEN cannot: pass an App installation token with `repository_advisories: read` (for example from actions/create-github-app-token) as the `token` input.";

const status = (cause: unknown) => (cause as { status?: number }).status;

/**
 * The Action's `sla` check: lists the repository's advisories (all states, all pages) with
 * the token, and measures each against SECURITY.md in the workspace, then `sla` in the config,
 * then the defaults. Transitions GitHub keeps no time for (accepted, severity set) are taken at
 * their latest possible time, `updated_at`; the App's recorded times are not available here.
 *
 * Workflow logs and job summaries of a public repository are public, so there it prints only
 * counts: never an advisory's id, summary, severity or dates. It does the same when the
 * visibility cannot be told. A breached stage fails the check. A token that cannot read
 * advisories (403 or 404) fails it with what to change.
 */
export async function runSlaCheck(
  env: ActionEnv,
  gh: () => GitHubClient,
  config: WardenConfig,
  now: Date = new Date(),
): Promise<ActionCheckResult> {
  const isPublic = await isPublicRepository(env, gh);
  let listed: Awaited<ReturnType<typeof listRepositoryAdvisories>>;
  try {
    listed = await listRepositoryAdvisories(gh(), env.repository);
  } catch (cause) {
    if (status(cause) !== 403 && status(cause) !== 404) throw cause;
    const message = `GitHub answered ${status(cause)} to listing security advisories. ${SLA_TOKEN_HELP}`;
    summary.addHeading('Warden: response SLAs', 2);
    summary.addRaw(message, true);
    return { findings: 0, failed: true, message };
  }
  const parsed = parseOfflineAdvisories(listed.map(toObservedOfflineAdvisory));
  if (parsed.issues.length > 0)
    throw new Error(`GitHub returned ${parsed.issues.length} advisories Warden cannot read`);
  const policyFile = await readSecurityMd(undefined, env.workspace);
  const policy = resolveSlaPolicy({
    ...(policyFile ? { promises: parseSecurityMd(policyFile.text).promises } : {}),
    config: config.sla,
  });
  const report = toSlaReport(parsed.advisories, policy, toBusinessCalendar(config.sla), now);
  const counts = describeCounts(report);
  summary.addHeading('Warden: response SLAs', 2);
  if (isPublic) {
    info(`SLA: ${counts} (public repository: counts only)`);
    summary.addRaw(
      `${counts}.\n\nThis repository is public, so its workflow logs and summaries are too: Warden shows only counts here. See each advisory under Security → Advisories, or run \`warden sla --repo ${env.repository.owner}/${env.repository.repo}\` locally.`,
      true,
    );
  } else {
    info(`SLA: ${counts}`);
    for (const advisory of report.advisories) {
      const stages = advisory.stages.map(
        (stage) => `${stage.stage} ${stage.status}${stage.due ? ` (due ${stage.due})` : ''}`,
      );
      info(
        `  ${advisory.ghsaId} (${advisory.severity ?? 'no severity'}): ${stages.join(', ') || 'no stage has a target'}`,
      );
    }
    summary.addRaw(`${counts}.`, true);
    if (report.advisories.length > 0) summary.addTable(toTable(report));
  }
  summary.addRaw(
    "\n> Times of acceptance and triage are GitHub's `updated_at` (the latest they can have happened); the Warden App records the real ones.\n",
    true,
  );
  const breached = report.summary.breached;
  return {
    findings: breached,
    failed: breached > 0,
    ...(breached > 0
      ? {
          message: `${report.summary.breachedAdvisories} advisor${report.summary.breachedAdvisories === 1 ? 'y has' : 'ies have'} a breached response stage`,
        }
      : {}),
  };
}

async function isPublicRepository(env: ActionEnv, gh: () => GitHubClient): Promise<boolean> {
  const repository = env.payload.repository as { private?: boolean; visibility?: string } | undefined;
  if (repository?.private === false || repository?.visibility === 'public') return true;
  if (repository?.private === true) return false;
  // schedule and workflow_dispatch payloads may carry no repository: ask, and stay quiet if unsure.
  const found = await getRepositoryVisibility(gh(), env.repository).catch(() => undefined);
  return found?.private !== true;
}

function describeCounts(report: SlaReport): string {
  const s = report.summary;
  return `${s.advisories} advisor${s.advisories === 1 ? 'y' : 'ies'}, ${s.breachedAdvisories} with a breached stage; stages: ${s.breached} breached, ${s.dueSoon} due soon, ${s.running} running, ${s.paused} paused, ${s.pending} pending, ${s.met} met, ${s.breachedThenMet} breached then met, ${s.closed} closed`;
}

function toTable(report: SlaReport) {
  const escapeHtml = (text: string) =>
    text.replace(/[&<>]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[ch]!);
  return [
    [
      { data: 'advisory', header: true },
      { data: 'severity', header: true },
      { data: 'stage', header: true },
      { data: 'status', header: true },
      { data: 'due', header: true },
    ],
    ...report.advisories.flatMap((advisory) =>
      advisory.stages.map((stage) => [
        escapeHtml(advisory.ghsaId),
        advisory.severity ?? '',
        stage.stage,
        stage.status,
        stage.due ?? '',
      ]),
    ),
  ];
}
