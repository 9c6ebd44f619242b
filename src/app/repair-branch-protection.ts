import { createHash } from 'node:crypto';
import type { Logger } from 'probot';
import type { BranchProtectionConfig } from '../core/policies/branch-protection/branch-protection-config.schema.js';
import type { BranchProtectionState } from '../core/policies/branch-protection/branch-protection-state.js';
import { planBranchProtection } from '../core/policies/branch-protection/plan-branch-protection.js';
import type { PolicyResult } from '../core/policies/policy.js';
import { applyBranchProtectionPlan } from '../github/apply-branch-protection-plan.js';
import { fullName, type GitHubClient, type RepoRef } from '../github/client.js';
import type { AppDeps } from './app-deps.js';
import { AUDIT_ACTIONS } from './branch-protection-audit.js';

/** What `fix` did, and what it decided not to do. */
export interface Repair {
  /** The changes applied, in words, each also in the audit log. */
  applied: string[];
  /** Failing branches Warden no longer repairs under this config. */
  escalated: string[];
  /** Of those, the ones escalated just now (to be reported once). */
  newlyEscalated: string[];
  /** Why the plan could not be applied, when GitHub refused it. */
  fixError?: string;
}

/**
 * `fix`: applies the plan for the failing branches, one change at a time, each audited.
 * A branch Warden already repaired `escalate_after.repairs` times within `window_hours`
 * (under the same config) is escalated instead: Warden stops repairing it until the config
 * changes, so that it does not fight a person or another tool forever. In ruleset mode one
 * ruleset covers every branch, so an escalated branch stops all repairs of that ruleset.
 */
export async function repairBranchProtection(
  gh: GitHubClient,
  repo: RepoRef,
  deps: AppDeps,
  input: {
    config: BranchProtectionConfig;
    state: BranchProtectionState;
    result: PolicyResult;
    installationId?: number;
    trigger: string;
    log: Logger;
  },
): Promise<Repair> {
  const { config, state, result } = input;
  const store = await deps.store();
  const repoName = fullName(repo);
  const now = deps.now();
  const configHash = createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 16);
  const failing = [
    ...new Set(result.findings.filter((finding) => finding.fixable).map((f) => f.requirement.split(':')[0]!)),
  ];
  const since = now.getTime() - config.escalate_after.window_hours * 3600_000;
  const recentRepairs = (await store.listAudit({ repo: repoName, limit: 1000 })).filter(
    (entry) =>
      entry.action === AUDIT_ACTIONS.changed &&
      entry.at.getTime() > since &&
      entry.detail.configHash === configHash,
  );
  const escalated: string[] = [];
  const newlyEscalated: string[] = [];
  for (const branch of failing) {
    const key = `branch-protection:escalated:${repoName}:${branch}:${configHash}`;
    const repairs = recentRepairs.filter((entry) =>
      (entry.detail.branches as string[]).includes(branch),
    ).length;
    // The claim doubles as the durable mark: once escalated under this config, always escalated.
    const firstClaim = await store.claimNotification(key, `escalated after ${repairs} repairs`, now);
    if (repairs >= config.escalate_after.repairs) {
      escalated.push(branch);
      if (firstClaim) {
        newlyEscalated.push(branch);
        await store.appendAudit({
          at: now,
          ...(input.installationId !== undefined ? { installationId: input.installationId } : {}),
          repo: repoName,
          actor: 'warden',
          action: AUDIT_ACTIONS.escalated,
          detail: { branch, repairs, windowHours: config.escalate_after.window_hours, configHash },
        });
      }
    } else if (!firstClaim) {
      escalated.push(branch);
    } else {
      await store.releaseNotification(key);
    }
  }
  const toRepair =
    config.mode === 'ruleset' && escalated.length > 0 ? [] : failing.filter((b) => !escalated.includes(b));
  const repair: Repair = { applied: [], escalated, newlyEscalated };
  if (toRepair.length === 0) return repair;
  // An update that would leave Warden's ruleset as it is fixes nothing (a requirement a
  // ruleset cannot express, such as "up to date" with no check named): it is not sent, so it
  // neither spends a write nor counts as a repair towards escalation.
  const plan = planBranchProtection(
    { ...state, branches: state.branches.filter((branch) => toRepair.includes(branch.name)) },
    config,
  ).filter(
    (change) =>
      !(
        change.kind === 'update-ruleset' &&
        state.wardenRuleset &&
        covers(state.wardenRuleset, change.ruleset)
      ),
  );
  for (const change of plan) {
    let done: string[];
    try {
      done = await applyBranchProtectionPlan(gh, repo, [change]);
    } catch (error) {
      const { status, message } = error as { status?: number; message?: string };
      if (status !== 403 && status !== 404 && status !== 422) throw error;
      repair.fixError = `GitHub answered ${status} (${message?.split('\n')[0] ?? 'no message'}).${
        status === 403
          ? ' Fixing needs the `administration: write` permission: an organization owner can accept it under Settings → GitHub Apps → Warden (docs/permissions.md).'
          : ''
      } Nothing after this change was applied.`;
      input.log.warn(
        { repo: repoName, status, change: change.kind },
        'Could not apply a branch protection change',
      );
      break;
    }
    repair.applied.push(...done);
    await store.appendAudit({
      at: now,
      ...(input.installationId !== undefined ? { installationId: input.installationId } : {}),
      repo: repoName,
      actor: 'warden',
      action: AUDIT_ACTIONS.changed,
      detail: {
        change: done.join('; '),
        kind: change.kind,
        branches: change.kind === 'put-classic-protection' ? [change.branch] : toRepair,
        configHash,
        trigger: input.trigger,
      },
    });
    input.log.info(
      { repo: repoName, change: done.join('; '), trigger: input.trigger },
      'Repaired branch protection',
    );
  }
  return repair;
}

/**
 * Whether `existing` already holds everything `planned` sets: every planned key with an equal
 * value (objects key by key, lists element by element in any order, same length). Keys GitHub
 * adds on its side are ignored.
 */
function covers(existing: unknown, planned: unknown): boolean {
  if (Array.isArray(planned)) {
    return (
      Array.isArray(existing) &&
      existing.length === planned.length &&
      planned.every((item) => existing.some((candidate) => covers(candidate, item)))
    );
  }
  if (typeof planned === 'object' && planned !== null) {
    if (typeof existing !== 'object' || existing === null) return false;
    return Object.entries(planned).every(([key, value]) =>
      covers((existing as Record<string, unknown>)[key], value),
    );
  }
  return existing === planned;
}
