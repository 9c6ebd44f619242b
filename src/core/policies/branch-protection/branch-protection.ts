import type { Policy } from '../policy.js';
import {
  type BranchProtectionConfig,
  branchProtectionConfigSchema,
} from './branch-protection-config.schema.js';
import type { BranchProtectionState } from './branch-protection-state.js';
import { checkBranchProtection } from './check-branch-protection.js';
import { type BranchProtectionChange, planBranchProtection } from './plan-branch-protection.js';

/** Default and configured branches stay protected as the config says; rulesets count. */
export const branchProtectionPolicy: Policy<
  BranchProtectionConfig,
  BranchProtectionState,
  BranchProtectionChange
> = {
  id: 'branch-protection',
  configSchema: branchProtectionConfigSchema,
  check: checkBranchProtection,
  plan: planBranchProtection,
};
