import type { Logger } from 'probot';
import { checkBranchProtection } from '../core/policies/branch-protection/check-branch-protection.js';
import type { PolicyState } from '../core/policies/policy.js';
import { fullName, type GitHubClient, type RepoRef } from '../github/client.js';
import { commentOnIssue } from '../github/comment-on-issue.js';
import { readBranchProtectionState } from '../github/read-branch-protection-state.js';
import { readRepoConfig } from '../github/read-repo-config.js';
import type { AppDeps } from './app-deps.js';
import { listRecentDirectPushes } from './list-recent-direct-pushes.js';
import { CONFIG_PATH } from './load-repo-config.js';
import { repairBranchProtection } from './repair-branch-protection.js';
import { syncTrackingIssue } from './sync-tracking-issue.js';
import { withRepoLease } from './with-repo-lease.js';

/** The repository to reconcile and how to talk about it. */
export interface ReconcileTarget {
  /** An installation Octokit that may read the repository (and write, for `fix` and issues). */
  gh: GitHubClient;
  repo: RepoRef;
  installationId?: number;
  log: Logger;
  /** What started it, for logs and the audit log: `installation.created`, `sweep`, ... */
  trigger: string;
}

/** What a reconcile found and did. */
export type ReconcileOutcome =
  | { status: 'invalid-config'; problems: number }
  | { status: 'disabled' }
  | { status: 'state'; kind: PolicyState['kind'] }
  | { status: 'compliant' }
  | {
      status: 'findings';
      action: 'log' | 'issue' | 'fix';
      findings: string[];
      applied: string[];
      escalated: string[];
    }
  /** Nothing Warden reads changed since `previous` (conditional requests): nothing re-checked. */
  | { status: 'unchanged'; previous: ReconcileOutcome };

/** How a caller (the sweep) can let a reconcile skip work when nothing changed. */
export interface ReconcileOptions {
  /**
   * Asked once the config and the state are read: true when every answer was the cached one
   * (the sweep's conditional requests). With a `previous` outcome, the check is skipped.
   */
  isUnchanged?: () => boolean;
  previous?: ReconcileOutcome;
}

/**
 * Brings one repository's branch protection in line with its config: load
 * `.github/warden.yml` (org defaults and `_extends` included; a broken file is reported in
 * the tracking issue, never replaced by defaults), read the protection, check it, then act as
 * `action` says: `log` logs, `issue` keeps the tracking issue, `fix` applies the plan (each
 * change audited; repeated drift escalated), re-reads, and reports what is left. Archived,
 * empty and plan-unavailable repositories are states, said once and never reported as
 * violations. One reconcile per repository at a time (a store lease).
 */
export async function reconcileBranchProtection(
  target: ReconcileTarget,
  deps: AppDeps,
  options: ReconcileOptions = {},
): Promise<ReconcileOutcome> {
  const repoName = fullName(target.repo);
  return withRepoLease(deps, `branch-protection:${repoName}`, async () => {
    const outcome = await reconcile(target, deps, options);
    const logged = outcome.status === 'unchanged' ? { unchanged: true } : outcome;
    target.log.info({ repo: repoName, trigger: target.trigger, ...logged }, 'Branch protection reconciled');
    return outcome;
  });
}

async function reconcile(
  { gh, repo, installationId, log, trigger }: ReconcileTarget,
  deps: AppDeps,
  options: ReconcileOptions,
): Promise<ReconcileOutcome> {
  const store = await deps.store();
  const repoName = fullName(repo);
  const unchanged = () => (options.previous && options.isUnchanged?.() ? options.previous : undefined);

  const loaded = await readRepoConfig(gh, repo, CONFIG_PATH);
  if (!loaded.ok) {
    const previous = unchanged();
    if (previous) return { status: 'unchanged', previous };
    log.warn(
      { repo: repoName, problems: loaded.issues },
      'Invalid Warden config; branch protection not checked',
    );
    await syncTrackingIssue(gh, deps, repo, undefined, {
      repo: repoName,
      central: false,
      configProblems: loaded.issues,
    });
    return { status: 'invalid-config', problems: loaded.issues.length };
  }
  const config = loaded.config.branch_protection;
  const central = config.central_repository;
  const report = { repo: repoName, central: central !== undefined, config };
  if (!config.enabled) {
    const previous = unchanged();
    if (previous) return { status: 'unchanged', previous };
    await syncTrackingIssue(gh, deps, repo, central, {
      ...report,
      resolvedText: `Branch protection checks of **${repoName}** are off (\`branch_protection.enabled: false\`).`,
    });
    return { status: 'disabled' };
  }

  const state = await readBranchProtectionState(gh, repo, config);
  // Listed pushes age out of the issue with time, not with an answer from GitHub.
  const directPushes = await listRecentDirectPushes(store, repoName, deps.now());
  const previous = directPushes.length > 0 ? undefined : unchanged();
  if (previous) return { status: 'unchanged', previous };
  // Reports go to the central repository: an issue left open in the repository itself (an
  // invalid config is always reported there) is closed. No request when there is none.
  if (central && !state.repo.archived)
    await syncTrackingIssue(gh, deps, repo, undefined, {
      repo: repoName,
      central: false,
      resolvedText: `Warden now reports branch protection of **${repoName}** in ${central}.`,
    });
  let result = checkBranchProtection(state, config);

  if (result.state) {
    const { kind, message } = result.state;
    if (await store.claimNotification(`branch-protection:state:${repoName}:${kind}`, message, deps.now()))
      log.info({ repo: repoName, state: kind, detail: message }, 'Branch protection does not apply here');
    // An archived repository's issues are read-only; a central issue can still be closed.
    if (!state.repo.archived || central)
      await syncTrackingIssue(gh, deps, repo, central, { ...report, resolvedText: message });
    return { status: 'state', kind };
  }

  let repair: Awaited<ReturnType<typeof repairBranchProtection>> | undefined;
  if (!result.pass && config.action === 'fix') {
    repair = await repairBranchProtection(gh, repo, deps, {
      config,
      state,
      result,
      installationId,
      trigger,
      log,
    });
    if (repair.applied.length > 0)
      result = checkBranchProtection(await readBranchProtectionState(gh, repo, config), config);
    for (const branch of repair.newlyEscalated)
      log.warn(
        {
          repo: repoName,
          branch,
          repairs: config.escalate_after.repairs,
          windowHours: config.escalate_after.window_hours,
        },
        'Branch keeps drifting back; Warden stops repairing it until the config changes',
      );
  }
  if (!result.pass)
    log.warn(
      {
        repo: repoName,
        action: config.action,
        findings: result.findings.map((finding) => finding.requirement),
      },
      'Branch protection falls short of the config',
    );
  const outcome: ReconcileOutcome = result.pass
    ? { status: 'compliant' }
    : {
        status: 'findings',
        action: config.action,
        findings: result.findings.map((finding) => finding.requirement),
        applied: repair?.applied ?? [],
        escalated: repair?.escalated ?? [],
      };
  if (config.action === 'log') {
    // Switched to log only: an issue Warden kept before is closed rather than left to rot.
    await syncTrackingIssue(gh, deps, repo, central, {
      ...report,
      resolvedText: `Warden reports branch protection of **${repoName}** in its log only now (\`action: log\`).`,
    });
    return outcome;
  }

  const sync = await syncTrackingIssue(gh, deps, repo, central, {
    ...report,
    ...(result.pass
      ? { resolvedText: `**${repoName}**: ${result.notifyText}` }
      : { findingsText: result.notifyText }),
    ...(repair?.escalated.length ? { escalated: repair.escalated } : {}),
    ...(repair?.fixError ? { fixError: repair.fixError } : {}),
    directPushes,
  });
  if (repair?.newlyEscalated.length && sync.issueNumber !== undefined) {
    const branches = repair.newlyEscalated.map((branch) => `\`${branch}\``).join(', ');
    await commentOnIssue(
      gh,
      sync.where,
      sync.issueNumber,
      `Warden repaired ${branches} ${config.escalate_after.repairs} times within ${config.escalate_after.window_hours} hours, and the protection was changed back each time. It stops repairing ${repair.newlyEscalated.length > 1 ? 'these branches' : 'this branch'} until \`branch_protection\` in \`.github/warden.yml\` changes. Someone or something keeps weakening it: check the ruleset's history (Settings → Rules → Rulesets) or the organization audit log.`,
    );
  }
  return outcome;
}
