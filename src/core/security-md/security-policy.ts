import type { ResponsePromise } from './response-promise.js';
import type { SecurityMdFinding } from './security-md-finding.js';

/** How a reporter can reach the project privately (or, for issue links, publicly). */
export type ContactType = 'email' | 'url' | 'github-advisories';

/** One reporting channel named in SECURITY.md. */
export interface Contact {
  type: ContactType;
  /** The address or URL as found; for private vulnerability reporting the link or the phrase. */
  value: string;
}

/** The supported-versions table: version labels as written in the first column. */
export interface SupportedVersions {
  supported: string[];
  unsupported: string[];
}

/** Fix targets in days by advisory severity; `default` is for "others" or no severity. */
export interface FixDays {
  critical: number | null;
  high: number | null;
  medium: number | null;
  low: number | null;
  default: number | null;
}

/**
 * The response promises, summarised for people and dashboards. `null` where SECURITY.md states
 * nothing. A business day counts as 24 hours in `acknowledgeHours`; the exact unit and anchor of
 * every promise is in {@link ParsedSecurityMd.promises}.
 */
export interface ResponseTargets {
  acknowledgeHours: number | null;
  triageDays: number | null;
  fixDays: FixDays;
  disclosureDays: number | null;
  /** `true` when any promise is in business or working days/hours, `false` when all are calendar time. */
  businessDays: boolean | null;
}

/** A fact found at a line, for the linter's line numbers. */
export interface Located<T> {
  value: T;
  line: number;
}

/** A template string left in, and whether it sits where a contact belongs. */
export interface PlaceholderEvidence {
  text: string;
  isContact: boolean;
}

/** Where the parser found what it found; the linter's input besides the policy itself. */
export interface SecurityMdEvidence {
  contacts: Located<Contact>[];
  placeholders: Located<PlaceholderEvidence>[];
  /** Instructions to report through public issues or discussions, not negated. */
  publicIssueChannels: Located<string>[];
  /** The line of the first heading about reporting, where a missing channel belongs. */
  reportingSectionLine: number | null;
}

/** SECURITY.md read as policy. */
export interface ParsedSecurityMd {
  contacts: Contact[];
  placeholders: string[];
  supportedVersions: SupportedVersions | null;
  responseTargets: ResponseTargets;
  /** Every time promise found, in document order, with unit, anchor and line. */
  promises: ResponsePromise[];
  evidence: SecurityMdEvidence;
}

/** What `warden security-md --format json` prints: the policy plus the lint findings. */
export interface SecurityMdReport {
  /** The file read, relative to the folder given; `null` when none was found. */
  path: string | null;
  contacts: Contact[];
  placeholders: string[];
  supportedVersions: SupportedVersions | null;
  responseTargets: ResponseTargets;
  promises: ResponsePromise[];
  findings: SecurityMdFinding[];
}
