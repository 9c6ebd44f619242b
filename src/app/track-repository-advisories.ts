import type { Logger } from 'probot';
import { formatConfigIssues } from '../core/config/parse-config.js';
import type { WardenConfig } from '../core/config/warden-config.schema.js';
import { parseSecurityMd } from '../core/security-md/parse-security-md.js';
import { evaluate } from '../core/sla/evaluate.js';
import { planSlaNotices } from '../core/sla/plan-sla-notices.js';
import { resolveSlaPolicy } from '../core/sla/resolve-sla-policy.js';
import { toBusinessCalendar } from '../core/sla/to-business-calendar.js';
import { checkPrivateReporting } from '../github/check-private-reporting.js';
import { fullName, type GitHubClient, type RepoRef } from '../github/client.js';
import { enablePrivateReporting } from '../github/enable-private-reporting.js';
import type { AccessibleRepository } from '../github/list-accessible-repositories.js';
import { listRepositoryAdvisories, type RepositoryAdvisory } from '../github/list-repository-advisories.js';
import { readRepoConfig } from '../github/read-repo-config.js';
import { readSecurityPolicy } from '../github/read-security-policy.js';
import type { AdvisorySnapshot, Store } from '../store/store.js';
import { escalateSla, type SlaChannels } from './escalate-sla.js';
import { CONFIG_PATH } from './load-repo-config.js';
import { recordAdvisoryTransitions } from './record-advisory-transitions.js';
import { toSlaTimeline } from './to-sla-timeline.js';

/** What one repository's turn in the sweep did, in counts (logs carry nothing more). */
export interface RepositorySlaOutcome {
  advisories: number;
  /** Transitions recorded for the first time. */
  transitions: number;
  notices: number;
  failedNotices: number;
  /** Private vulnerability reporting was turned on. */
  enabledPrivateReporting: boolean;
}

/** What a sweep keeps from one run to the next in this process. */
export interface SlaRepositoryMemory {
  /** Repositories whose private vulnerability reporting is known to be on (or cannot be changed). */
  privateReportingSettled: Set<string>;
}

const OPEN_STATES = new Set(['triage', 'draft']);

/**
 * One repository's turn in the SLA sweep:
 * 1. lists its advisories (every state, all pages) and compares each with the last snapshot;
 *    for a new or changed one, records the transitions its state proves, first seen now;
 * 2. for advisories still in triage or draft, and those that just left them, evaluates the
 *    clocks against SECURITY.md (read where GitHub looks), then `sla` in the config, then the
 *    defaults, and escalates privately (`escalateSla`);
 * 3. with `sla.enable_private_reporting`, turns on private vulnerability reporting of a public
 *    repository that lacks it, and audits it.
 * The config and SECURITY.md are read only when something needs them.
 */
export async function trackRepositoryAdvisories(
  gh: GitHubClient,
  store: Store,
  repository: AccessibleRepository,
  context: {
    now: Date;
    log: Logger;
    channels: SlaChannels;
    memory: SlaRepositoryMemory;
    installationId?: number;
  },
): Promise<RepositorySlaOutcome> {
  const { now, log } = context;
  const repo = fullName(repository);
  // Only owner and name: port functions spread the ref into request parameters.
  const ref: RepoRef = { owner: repository.owner, repo: repository.repo };
  const outcome: RepositorySlaOutcome = {
    advisories: 0,
    transitions: 0,
    notices: 0,
    failedNotices: 0,
    enabledPrivateReporting: false,
  };
  const advisories = await listRepositoryAdvisories(gh, ref);
  outcome.advisories = advisories.length;
  const toEvaluate: RepositoryAdvisory[] = [];
  for (const advisory of advisories) {
    const snapshot: AdvisorySnapshot = {
      state: advisory.state,
      severity: advisory.severity,
      updatedAt: new Date(advisory.updated_at ?? advisory.created_at),
    };
    const previous = await store.getAdvisorySnapshot(repo, advisory.ghsa_id);
    const changed = !previous || !sameSnapshot(previous, snapshot);
    if (changed) {
      const recorded = await recordAdvisoryTransitions(store, repo, advisory.ghsa_id, advisory, now, {
        ...(previous ? { previous: { state: previous.state, severity: previous.severity } } : {}),
      });
      await store.upsertAdvisorySnapshot(repo, advisory.ghsa_id, snapshot, now);
      outcome.transitions += recorded.length;
      if (recorded.length > 0)
        log.info(
          { repo, ghsaId: advisory.ghsa_id, state: advisory.state, recorded },
          'Advisory transition seen',
        );
    }
    const leftOpen = changed && previous !== undefined && OPEN_STATES.has(previous.state);
    if (OPEN_STATES.has(advisory.state) || (leftOpen && !OPEN_STATES.has(advisory.state)))
      toEvaluate.push(advisory);
  }

  const mayEnableReporting =
    !repository.private && !repository.archived && !context.memory.privateReportingSettled.has(repo);
  if (toEvaluate.length === 0 && !mayEnableReporting) return outcome;
  const loaded = await readRepoConfig(gh, ref, CONFIG_PATH);
  if (!loaded.ok) {
    log.warn(
      { repo, problems: loaded.issues.length, detail: formatConfigIssues(CONFIG_PATH, loaded.issues) },
      'Invalid Warden config: SLA escalation skipped until it is fixed',
    );
    return outcome;
  }
  const { config } = loaded;
  if (mayEnableReporting && config.sla.enable_private_reporting) {
    outcome.enabledPrivateReporting = await ensurePrivateReporting(gh, store, repository, context);
  }
  if (toEvaluate.length === 0) return outcome;

  const policyFile = await readSecurityPolicy(gh, ref, repository.defaultBranch, { orgFallback: true });
  const policy = resolveSlaPolicy({
    ...(policyFile ? { promises: parseSecurityMd(policyFile.text).promises } : {}),
    config: config.sla,
  });
  const calendar = toBusinessCalendar(config.sla);
  for (const advisory of toEvaluate) {
    const clocks = evaluate(
      toSlaTimeline(advisory, await store.getTimeline(repo, advisory.ghsa_id)),
      policy,
      calendar,
      now,
    );
    const notices = OPEN_STATES.has(advisory.state) ? planSlaNotices(clocks) : [];
    const result = await escalateSla(
      gh,
      store,
      context.channels,
      {
        advisory: {
          repo,
          ghsaId: advisory.ghsa_id,
          severity: advisory.severity,
          state: advisory.state,
          htmlUrl: advisory.html_url,
        },
        clocks,
        notices,
        config: config.sla.escalation,
        ...(context.installationId !== undefined ? { installationId: context.installationId } : {}),
      },
      now,
      log,
    );
    outcome.notices += result.sent;
    outcome.failedNotices += result.failed;
    if (notices.length > 0 && !hasChannel(config, context.channels))
      log.info(
        { repo, ghsaId: advisory.ghsa_id, notices: notices.map((n) => `${n.stage}:${n.kind}`) },
        'SLA notices due, but no channel is set (sla.escalation.repository or WARDEN_SLA_WEBHOOK_URL)',
      );
  }
  return outcome;
}

async function ensurePrivateReporting(
  gh: GitHubClient,
  store: Store,
  repository: AccessibleRepository,
  context: { now: Date; log: Logger; memory: SlaRepositoryMemory; installationId?: number },
): Promise<boolean> {
  const repo = fullName(repository);
  const ref: RepoRef = { owner: repository.owner, repo: repository.repo };
  const enabled = await checkPrivateReporting(gh, ref);
  if (enabled === undefined) {
    context.memory.privateReportingSettled.add(repo);
    context.log.warn(
      { repo },
      'Cannot read private vulnerability reporting (needs administration: read); not enabling it',
    );
    return false;
  }
  if (enabled) {
    context.memory.privateReportingSettled.add(repo);
    return false;
  }
  try {
    await enablePrivateReporting(gh, ref);
  } catch (error) {
    context.memory.privateReportingSettled.add(repo);
    context.log.warn(
      { repo, status: (error as { status?: number }).status },
      'Could not enable private vulnerability reporting (needs administration: write)',
    );
    return false;
  }
  context.memory.privateReportingSettled.add(repo);
  await store.appendAudit({
    at: context.now,
    ...(context.installationId !== undefined ? { installationId: context.installationId } : {}),
    repo,
    actor: 'warden',
    action: 'private-vulnerability-reporting-enabled',
    detail: { reason: 'sla.enable_private_reporting is true and the repository is public' },
  });
  context.log.info({ repo }, 'Private vulnerability reporting enabled');
  return true;
}

function sameSnapshot(a: AdvisorySnapshot, b: AdvisorySnapshot): boolean {
  return a.state === b.state && a.severity === b.severity && a.updatedAt.getTime() === b.updatedAt.getTime();
}

function hasChannel(config: WardenConfig, channels: SlaChannels): boolean {
  return Boolean(config.sla.escalation.repository || channels.webhookUrl);
}
