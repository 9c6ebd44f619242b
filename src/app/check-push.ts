import type { Context } from 'probot';
import { isProtectedBranch } from '../github/is-protected-branch.js';
import { type PushRange, scanPushCommits } from '../github/scan-push-commits.js';
import type { AppDeps } from './app-deps.js';
import { checkPushProtection, type PushDetails } from './check-push-protection.js';
import { openLeakAdvisories } from './open-leak-advisories.js';
import { runSecretsCheck } from './run-secrets-check.js';

/**
 * Scans what each commit of a push added, reports it on the head commit's check run, and
 * opens a private draft advisory per leaked secret when the branch is one the config guards.
 * Then branch protection looks at how the push landed (`checkPushProtection`).
 */
export async function checkPush(
  context: Context<'push'>,
  deps: AppDeps,
  push: PushRange,
  details: Omit<PushDetails, 'guarded'> = { created: false, forced: false },
): Promise<void> {
  const gh = context.octokit;
  const repo = context.repo();
  const guarded = push.branch === push.defaultBranch || (await isProtectedBranch(gh, repo, push.branch));
  const scanned = await runSecretsCheck(context, deps, push.after, (config, { isPathIgnored }) =>
    scanPushCommits(gh, repo, push, {
      scanner: deps.scannerFor(config.secrets.disable_rules),
      isPathIgnored,
      maxBytes: config.secrets.max_file_size_kb * 1024,
    }),
  );
  if (!scanned) return;
  const policy = scanned.config.secrets.advisories;
  if (
    scanned.findings.length > 0 &&
    (policy === 'any-branch' || (policy === 'protected-branches' && guarded))
  ) {
    await openLeakAdvisories(context, deps, push.branch, scanned.findings);
  }
  await checkPushProtection(context, deps, push, { ...details, guarded }, scanned.config);
}
