// The public surface of the SECURITY.md core; the files hold the logic.
export { findDurations } from './find-durations.js';
export { lintSecurityMd, type SecurityMdFacts } from './lint-security-md.js';
export { parseSecurityMd } from './parse-security-md.js';
export {
  type PickedSecurityPolicy,
  pickSecurityPolicy,
  type SecurityPolicyCandidate,
  type SecurityPolicyLocation,
} from './pick-security-policy.js';
export { renderSecurityMdText } from './render-security-md-text.js';
export * from './response-promise.js';
export type { FindingSeverity, SecurityMdFinding, SecurityMdFindingId } from './security-md-finding.js';
export type * from './security-policy.js';
export { type SelectedTargets, selectTargets } from './select-targets.js';
export { MISSING_SECURITY_MD, toSecurityMdReport } from './to-security-md-report.js';
