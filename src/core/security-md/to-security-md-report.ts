import { lintSecurityMd, type SecurityMdFacts } from './lint-security-md.js';
import { parseSecurityMd } from './parse-security-md.js';
import type { SecurityMdFinding } from './security-md-finding.js';
import type { SecurityMdReport } from './security-policy.js';

/** The finding for a repository where GitHub finds no SECURITY.md at all. */
export const MISSING_SECURITY_MD: SecurityMdFinding = {
  id: 'missing-security-md',
  severity: 'error',
  message:
    "No SECURITY.md was found where GitHub looks (the root, .github/ or docs/, then the organisation's .github repository).",
  fix: "Add SECURITY.md to the repository root (or .github/, docs/, or the organisation's .github repository for every repository) saying how to report a vulnerability privately and how fast you respond.",
};

/**
 * Parses and lints one SECURITY.md into what `warden security-md` prints; `text === null` means
 * no file was found.
 */
export function toSecurityMdReport(
  path: string | null,
  text: string | null,
  facts: SecurityMdFacts = {},
): SecurityMdReport {
  if (text === null) {
    return {
      path: null,
      contacts: [],
      placeholders: [],
      supportedVersions: null,
      responseTargets: {
        acknowledgeHours: null,
        triageDays: null,
        fixDays: { critical: null, high: null, medium: null, low: null, default: null },
        disclosureDays: null,
        businessDays: null,
      },
      promises: [],
      findings: [MISSING_SECURITY_MD],
    };
  }
  const parsed = parseSecurityMd(text);
  return {
    path,
    contacts: parsed.contacts,
    placeholders: parsed.placeholders,
    supportedVersions: parsed.supportedVersions,
    responseTargets: parsed.responseTargets,
    promises: parsed.promises,
    findings: lintSecurityMd(parsed, facts),
  };
}
