import { branchProtectionPolicy } from './branch-protection/branch-protection.js';

/** Every governance policy, by id (= its folder name). `policies.test.ts` runs their examples. */
export const POLICIES = { 'branch-protection': branchProtectionPolicy } as const;
