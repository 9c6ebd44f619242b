import type { BranchProtectionConfig } from '../core/policies/branch-protection/branch-protection-config.schema.js';
import { checkBranchProtection } from '../core/policies/branch-protection/check-branch-protection.js';
import type { PolicyResult } from '../core/policies/policy.js';
import type { GitHubClient, RepoRef } from '../github/client.js';
import { readBranchProtectionState } from '../github/read-branch-protection-state.js';

/** The policy's result, and which branches had to be checked without classic protection. */
export interface BranchProtectionAudit {
  result: PolicyResult;
  /** Branches whose classic protection the token could not read (a workflow token gets 403). */
  classicUnread: string[];
}

/**
 * The App's branch-protection check as a read-only audit with the workflow's token. That
 * token may read the effective rules (rulesets, the organization's included) but not classic
 * protection, which GitHub answers with 403: those branches are checked on rulesets alone,
 * and each finding's evidence says classic protection could not be read.
 */
export async function checkRepositoryBranchProtection(
  gh: GitHubClient,
  repo: RepoRef,
  config: BranchProtectionConfig,
): Promise<BranchProtectionAudit> {
  const state = await readBranchProtectionState(gh, repo, config);
  return {
    result: checkBranchProtection(state, config),
    classicUnread: state.branches
      .filter((branch) => branch.classic === 'unknown')
      .map((branch) => branch.name),
  };
}
