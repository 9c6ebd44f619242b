import { findContacts } from './find-contacts.js';
import { findPlaceholders } from './find-placeholders.js';
import { findPromises } from './find-promises.js';
import { parseMarkdownDocument } from './parse-markdown-document.js';
import { parseSupportedVersions } from './parse-supported-versions.js';
import { REPORTING_HEADING } from './patterns.js';
import type { ParsedSecurityMd } from './security-policy.js';
import { toResponseTargets } from './to-response-targets.js';

/**
 * Reads SECURITY.md as policy: reporting channels, template placeholders left in, the
 * supported-versions table and the response promises. Never throws; bounded work on any input
 * (at most 1 MiB is read, every pattern is linear, every list is capped).
 */
export function parseSecurityMd(markdown: string): ParsedSecurityMd {
  const document = parseMarkdownDocument(markdown);
  const found = findContacts(document);
  const placeholders = findPlaceholders(document);
  const promises = findPromises(document);
  const reportingHeading = document.units.find(
    (unit) => unit.kind === 'heading' && REPORTING_HEADING.test(unit.text),
  );
  return {
    contacts: found.contacts.map((c) => c.value),
    placeholders: placeholders.map((p) => p.value.text),
    supportedVersions: parseSupportedVersions(document.tables),
    responseTargets: toResponseTargets(promises),
    promises,
    evidence: {
      contacts: found.contacts,
      placeholders,
      publicIssueChannels: found.publicIssueChannels,
      reportingSectionLine: reportingHeading?.lineStarts[0]?.line ?? null,
    },
  };
}
