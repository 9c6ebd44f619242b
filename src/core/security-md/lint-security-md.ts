import { findConflictingTargets } from './find-conflicting-targets.js';
import { findOutOfOrderTargets } from './find-out-of-order-targets.js';
import type { FindingSeverity, SecurityMdFinding } from './security-md-finding.js';
import type { ParsedSecurityMd } from './security-policy.js';

/** Facts about the repository that SECURITY.md alone cannot tell. */
export interface SecurityMdFacts {
  /** Whether GitHub private vulnerability reporting is enabled; unknown when absent. */
  privateVulnerabilityReporting?: boolean;
}

const PRIVATE_REPORTING_HOW_TO =
  'enable private vulnerability reporting (repository Settings → Security → Private vulnerability reporting) and link to https://github.com/OWNER/REPO/security/advisories/new';

const SEVERITY_ORDER: Record<FindingSeverity, number> = { error: 0, warning: 1, notice: 2 };

/**
 * Lints parsed SECURITY.md: a private channel must exist and be usable, contacts must be real,
 * template text must be gone, promises must agree. Findings come sorted by severity, then line.
 */
export function lintSecurityMd(parsed: ParsedSecurityMd, facts: SecurityMdFacts = {}): SecurityMdFinding[] {
  const findings: SecurityMdFinding[] = [
    ...findChannelProblems(parsed, facts),
    ...findPlaceholderProblems(parsed),
    ...findConflictingTargets(parsed.promises),
    ...findOutOfOrderTargets(parsed.promises),
  ];
  if (parsed.promises.length === 0) {
    findings.push({
      id: 'no-response-targets',
      severity: 'notice',
      message: 'SECURITY.md promises no response times, so reporters do not know when to expect an answer.',
      fix: 'Add a response timeline, e.g. "We acknowledge reports within 3 business days, assess them within 10 business days and aim to release a fix within 90 days." Until then Warden measures advisories against the configured or default targets.',
    });
  }
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER),
  );
}

function findChannelProblems(parsed: ParsedSecurityMd, facts: SecurityMdFacts): SecurityMdFinding[] {
  const findings: SecurityMdFinding[] = [];
  const { contacts, publicIssueChannels, reportingSectionLine } = parsed.evidence;
  const advisories = contacts.find((c) => c.value.type === 'github-advisories');
  const reportingOff = advisories !== undefined && facts.privateVulnerabilityReporting === false;
  if (advisories && reportingOff) {
    findings.push({
      id: 'private-reporting-disabled',
      severity: 'error',
      message: `SECURITY.md tells reporters to use GitHub private vulnerability reporting ("${advisories.value.value}"), but it is disabled for this repository, so that channel does not work.`,
      fix: `Enable private vulnerability reporting (repository Settings → Security → Private vulnerability reporting), or replace the instruction with another private channel such as a monitored security e-mail address.`,
      line: advisories.line,
    });
  }
  const publicIssueUrls = new Set(publicIssueChannels.map((c) => c.value));
  const privateChannels = contacts.filter(
    (c) =>
      (c.value.type !== 'url' || !publicIssueUrls.has(c.value.value)) && !(reportingOff && c === advisories),
  );
  if (privateChannels.length > 0) return findings;
  const firstIssueChannel = publicIssueChannels[0];
  if (firstIssueChannel) {
    findings.push({
      id: 'only-public-issues',
      severity: 'error',
      message: `The only reporting channel SECURITY.md gives is public ("${firstIssueChannel.value}"): a vulnerability reported there is disclosed to everyone before a fix exists.`,
      fix: `Ask reporters not to open public issues for vulnerabilities, and give a private channel instead: ${PRIVATE_REPORTING_HOW_TO}, or give a monitored security e-mail address.`,
      line: firstIssueChannel.line,
    });
  } else if (!reportingOff) {
    findings.push({
      id: 'no-private-channel',
      severity: 'error',
      message:
        'SECURITY.md names no working private channel for reporting a vulnerability (no e-mail address, no link, no GitHub private vulnerability reporting).',
      fix: `Say how to report privately: ${PRIVATE_REPORTING_HOW_TO}, or give a monitored security e-mail address.`,
      ...(reportingSectionLine !== null ? { line: reportingSectionLine } : {}),
    });
  }
  return findings;
}

function findPlaceholderProblems(parsed: ParsedSecurityMd): SecurityMdFinding[] {
  return parsed.evidence.placeholders.map(({ value, line }): SecurityMdFinding => {
    const quoted = value.text.length > 80 ? `${value.text.slice(0, 77)}…` : value.text;
    return value.isContact
      ? {
          id: 'placeholder-contact',
          severity: 'error',
          message: `A template placeholder stands where a contact belongs: "${quoted}". Reports sent there reach nobody.`,
          fix: `Replace "${quoted}" with a real, monitored address, or remove it and point reporters to GitHub private vulnerability reporting.`,
          line,
        }
      : {
          id: 'template-text',
          severity: 'warning',
          message: `Template text was left in: "${quoted}".`,
          fix: `Replace "${quoted}" with your project's own information, or delete it.`,
          line,
        };
  });
}
