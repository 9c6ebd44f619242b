/** How a lint finding is shown: `error` fails `warden security-md` and the check run. */
export type FindingSeverity = 'error' | 'warning' | 'notice';

/** Every lint finding id; docs/security-md.md explains each. */
export type SecurityMdFindingId =
  | 'missing-security-md'
  | 'no-private-channel'
  | 'only-public-issues'
  | 'placeholder-contact'
  | 'private-reporting-disabled'
  | 'template-text'
  | 'conflicting-targets'
  | 'targets-out-of-order'
  | 'no-response-targets';

/** One problem in SECURITY.md, with how to fix it. */
export interface SecurityMdFinding {
  id: SecurityMdFindingId;
  severity: FindingSeverity;
  /** What is wrong, naming the text found. */
  message: string;
  /** How to fix it. */
  fix: string;
  /** 1-based line in SECURITY.md, when the problem sits on one. */
  line?: number;
}
