import type { BranchProtectionChange } from '../core/policies/branch-protection/plan-branch-protection.js';
import type { GitHubClient, RepoRef } from './client.js';

/** Applies a reviewed plan, change by change; returns what was done, for the audit log. */
export async function applyBranchProtectionPlan(
  gh: GitHubClient,
  ref: RepoRef,
  plan: readonly BranchProtectionChange[],
): Promise<string[]> {
  const done: string[] = [];
  for (const change of plan) {
    if (change.kind === 'create-ruleset') {
      const { data } = await gh.rest.repos.createRepoRuleset({ ...ref, ...change.ruleset } as Parameters<
        GitHubClient['rest']['repos']['createRepoRuleset']
      >[0]);
      done.push(`created ruleset #${data.id} "${change.ruleset.name}"`);
    } else if (change.kind === 'update-ruleset') {
      await gh.rest.repos.updateRepoRuleset({
        ...ref,
        ruleset_id: change.rulesetId,
        ...change.ruleset,
      } as Parameters<GitHubClient['rest']['repos']['updateRepoRuleset']>[0]);
      done.push(`updated ruleset #${change.rulesetId} "${change.ruleset.name}"`);
    } else {
      await gh.rest.repos.updateBranchProtection({
        ...ref,
        branch: change.branch,
        ...change.protection,
      } as Parameters<GitHubClient['rest']['repos']['updateBranchProtection']>[0]);
      if (change.requireSignatures)
        await gh.rest.repos.createCommitSignatureProtection({ ...ref, branch: change.branch });
      done.push(`set classic protection on ${change.branch}`);
    }
  }
  return done;
}
