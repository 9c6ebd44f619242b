import type { ApplicationFunctionOptions, Probot } from 'probot';
import type { Store } from '../store/store.js';
import { createAppDeps } from './create-app-deps.js';
import { onBranchProtectionRule } from './on-branch-protection-rule.js';
import { onCheckRerequested } from './on-check-rerequested.js';
import { onConfigPullRequest } from './on-config-pull-request.js';
import { onDefaultBranchChanged } from './on-default-branch-changed.js';
import { onInstallationCreated } from './on-installation-created.js';
import { onPullRequest } from './on-pull-request.js';
import { onPush } from './on-push.js';
import { onRepositoriesAdded } from './on-repositories-added.js';
import { onRepositoryAdvisory } from './on-repository-advisory.js';
import { onRepositoryCreated } from './on-repository-created.js';
import { onRepositoryRuleset } from './on-repository-ruleset.js';
import { onSecurityMd } from './on-security-md.js';
import { scheduleBranchProtectionSweep } from './schedule-branch-protection-sweep.js';
import { startSlaSweep } from './start-sla-sweep.js';

export interface AppOptions {
  /** A store to use instead of opening one from the environment (tests). */
  store?: Store;
  now?: () => Date;
  env?: Record<string, string | undefined>;
  /**
   * How often the branch-protection sweep runs, in milliseconds; 0 turns it off. Default:
   * `WARDEN_SWEEP_INTERVAL_MINUTES` (60), and off when `NODE_ENV` is `test`.
   */
  sweepIntervalMs?: number;
}

/**
 * The Probot app function. The store opens on first use from `DATABASE_URL` (PostgreSQL) or
 * `WARDEN_DATA_DIR` (SQLite, default `.data`), running migrations.
 */
export function createWardenApp(
  options: AppOptions = {},
): (app: Probot, probotOptions?: ApplicationFunctionOptions) => void {
  return (app) => {
    const env = options.env ?? process.env;
    const deps = createAppDeps(app, options, env);
    onPullRequest(app, deps);
    onCheckRerequested(app, deps);
    onPush(app, deps);
    onConfigPullRequest(app, deps);
    onInstallationCreated(app, deps);
    onRepositoriesAdded(app, deps);
    onRepositoryCreated(app, deps);
    onDefaultBranchChanged(app, deps);
    onBranchProtectionRule(app, deps);
    onRepositoryRuleset(app, deps);
    onSecurityMd(app, deps);
    onRepositoryAdvisory(app, deps);
    startSlaSweep(app, deps, env);
    const sweepMs = options.sweepIntervalMs ?? sweepIntervalFromEnv(env);
    if (sweepMs > 0) scheduleBranchProtectionSweep(app, deps, sweepMs);
  };
}

function sweepIntervalFromEnv(env: Record<string, string | undefined>): number {
  if (env.NODE_ENV === 'test') return 0;
  const raw = env.WARDEN_SWEEP_INTERVAL_MINUTES;
  const minutes = raw === undefined || raw.trim() === '' ? 60 : Number(raw);
  if (!Number.isFinite(minutes) || minutes < 0)
    throw new Error(
      `WARDEN_SWEEP_INTERVAL_MINUTES must be a number of minutes (0 turns the sweep off), got '${raw}'`,
    );
  return minutes * 60_000;
}
