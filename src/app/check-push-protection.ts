import type { Context } from 'probot';
import type { WardenConfig } from '../core/config/warden-config.schema.js';
import { fullName } from '../github/client.js';
import { findMergedPullRequests } from '../github/find-merged-pull-requests.js';
import type { PushRange } from '../github/scan-push-commits.js';
import type { AppDeps } from './app-deps.js';
import { AUDIT_ACTIONS } from './branch-protection-audit.js';
import { reconcileBranchProtection } from './reconcile-branch-protection.js';

/** What the push event says beyond the range. */
export interface PushDetails {
  created: boolean;
  forced: boolean;
  pusher?: string;
  /** The branch is the default branch or GitHub marks it protected. */
  guarded: boolean;
}

/**
 * Branch protection's part of the push flow, after the secret scan. The first push to a
 * repository (its default branch created) reconciles it, since an empty repository had
 * nothing to protect. A push that lands on a guarded branch with no merged pull request
 * behind its head commit (`GET /commits/{sha}/pulls`) is reported: a warning in the log, an
 * audit entry, and (with `issue` or `fix`) a line in the tracking issue, which the reconcile
 * that follows writes.
 */
export async function checkPushProtection(
  context: Context<'push'>,
  deps: AppDeps,
  push: PushRange,
  details: PushDetails,
  config: WardenConfig,
): Promise<void> {
  if (!config.branch_protection.enabled) return;
  const gh = context.octokit;
  const repo = context.repo();
  const target = {
    gh,
    repo,
    log: context.log,
    ...(context.payload.installation ? { installationId: context.payload.installation.id } : {}),
  };
  if (details.created) {
    if (push.branch === push.defaultBranch)
      await reconcileBranchProtection({ ...target, trigger: 'push.first' }, deps);
    return;
  }
  if (!details.guarded) return;
  const merged = await findMergedPullRequests(gh, repo, push.after, push.branch);
  if (merged.length > 0) return;
  const repoName = fullName(repo);
  const store = await deps.store();
  context.log.warn(
    { repo: repoName, branch: push.branch, sha: push.after, pusher: details.pusher, forced: details.forced },
    'Push reached a protected branch without a pull request',
  );
  await store.appendAudit({
    at: deps.now(),
    ...(target.installationId !== undefined ? { installationId: target.installationId } : {}),
    repo: repoName,
    actor: 'warden',
    action: AUDIT_ACTIONS.directPush,
    detail: {
      branch: push.branch,
      sha: push.after,
      ...(details.pusher ? { pusher: details.pusher } : {}),
      forced: details.forced,
    },
  });
  if (config.branch_protection.action !== 'log')
    await reconcileBranchProtection({ ...target, trigger: 'push.direct' }, deps);
}
