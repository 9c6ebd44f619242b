import { isPlaceholderEmail } from './is-placeholder-email.js';
import { isPlaceholderUrl } from './is-placeholder-url.js';
import type { MarkdownDocument, TextUnit } from './markdown-document.js';
import { lineAt } from './markdown-document.js';
import {
  ADVISORY_NOT_A_CHANNEL,
  EMAIL,
  NEGATION,
  NON_SECURITY_MATTER,
  PRIVATE_REPORTING_PHRASE,
  PUBLIC_ISSUE_INSTRUCTION,
  RELATIVE_ADVISORIES,
  REPORTING_HEADING,
  REPORTING_VERB,
  REPORTING_WORD,
  URL,
} from './patterns.js';
import type { Contact, Located } from './security-policy.js';
import { type Sentence, splitSentences } from './split-sentences.js';

/** More contacts than this are not read. */
export const MAX_CONTACTS = 50;

/** The reporting channels of SECURITY.md and where each was named. */
export interface FoundContacts {
  /** Private and public channels, in document order; one `github-advisories` entry at most. */
  contacts: Located<Contact>[];
  /** Every mention of private vulnerability reporting (for the linter's line numbers). */
  privateReportingMentions: Located<string>[];
  /** Instructions to report through public issues or discussions. */
  publicIssueChannels: Located<string>[];
}

/** Hosts of reference material that reporting sentences link to but nobody reports to. */
const REFERENCE_HOSTS =
  /(?:^|\.)(?:first\.org|owasp\.org|mitre\.org|cve\.org|nist\.gov|cisa\.gov|semver\.org|wikipedia\.org|shields\.io|keepachangelog\.com|contributor-covenant\.org|opensource\.org|creativecommons\.org|cisecurity\.org|iso\.org|github\.blog|keys\.openpgp\.org|keybase\.io|pgp\.mit\.edu|keyserver\.ubuntu\.com)$/i;

/** Bug-bounty and disclosure platforms: a link to one is a channel wherever it appears. */
const REPORTING_PLATFORM_HOSTS =
  /(?:^|\.)(?:hackerone\.com|bugcrowd\.com|intigriti\.com|yeswehack\.com|huntr\.dev|huntr\.com|immunefi\.com|hackenproof\.com|openbugbounty\.org|zerocopter\.com|federacy\.com|huntr\.io)$/i;

/** Key files and key servers are how to encrypt, not where to report. */
const KEY_FILE = /\.(?:asc|gpg|pub|key|pem)$/i;

/**
 * Reporting channels: e-mail addresses (not template examples; those are placeholders), GitHub
 * private vulnerability reporting (by link or by name), and URLs that a reporting sentence or a
 * reporting section points to, or that lead to a bug-bounty platform. Links to public issues or
 * discussions count as a channel only when not negated ("do NOT open a public issue").
 */
export function findContacts(document: MarkdownDocument): FoundContacts {
  const contacts: Located<Contact>[] = [];
  const privateReportingMentions: Located<string>[] = [];
  const publicIssueChannels: Located<string>[] = [];
  const seen = new Set<string>();
  const add = (contact: Contact, line: number): void => {
    const key = `${contact.type}:${contact.value.toLowerCase()}`;
    if (seen.has(key) || contacts.length >= MAX_CONTACTS) return;
    seen.add(key);
    contacts.push({ value: contact, line });
  };

  for (const unit of document.units) {
    const reportingSection = unit.headings.some((h) => REPORTING_HEADING.test(h.text));
    for (const sentence of splitSentences(unit.text)) {
      const at = (offset: number): number => lineAt(unit, sentence.offset + offset);
      for (const match of sentence.text.matchAll(EMAIL)) {
        if (!isPlaceholderEmail(match[0])) add({ type: 'email', value: match[0] }, at(match.index));
      }
      findUrls(sentence, unit, reportingSection, at, add, privateReportingMentions, publicIssueChannels);
      findPrivateReporting(sentence, at, privateReportingMentions);
      findIssueInstructions(sentence, at, publicIssueChannels);
    }
  }

  // Evidence is for line numbers; the first mentions are enough.
  privateReportingMentions.splice(MAX_CONTACTS);
  publicIssueChannels.splice(MAX_CONTACTS);
  // One private-reporting contact: its link when the file gives one, else the phrase naming it.
  const firstMention = privateReportingMentions[0];
  if (firstMention) {
    const link = privateReportingMentions.find((m) => m.value.includes('/'));
    contacts.push({
      value: { type: 'github-advisories', value: (link ?? firstMention).value },
      line: firstMention.line,
    });
    contacts.sort((a, b) => a.line - b.line);
  }
  return { contacts, privateReportingMentions, publicIssueChannels };
}

function findUrls(
  sentence: Sentence,
  unit: TextUnit,
  reportingSection: boolean,
  at: (offset: number) => number,
  add: (contact: Contact, line: number) => void,
  privateReporting: Located<string>[],
  publicIssues: Located<string>[],
): void {
  for (const match of sentence.text.matchAll(RELATIVE_ADVISORIES)) {
    privateReporting.push({ value: match[0], line: at(match.index) });
  }
  for (const match of sentence.text.matchAll(URL)) {
    const url = match[0].replace(/[.,;:!?*_'"’”]+$/, '');
    const line = at(match.index);
    let parsed: globalThis.URL;
    try {
      parsed = new globalThis.URL(url);
    } catch {
      continue;
    }
    const host = parsed.hostname;
    const path = parsed.pathname.toLowerCase();
    if (path.includes('/security/advisories')) {
      privateReporting.push({ value: url, line });
      continue;
    }
    if (host === 'docs.github.com' || host === 'help.github.com') {
      if (/privately-reporting|private-vulnerability-reporting/.test(path))
        privateReporting.push({ value: url, line });
      continue;
    }
    // Template URLs are placeholders (find-placeholders.ts), not channels.
    if (REFERENCE_HOSTS.test(host) || KEY_FILE.test(path) || isPlaceholderUrl(url)) continue;
    const isIssueTracker = /\/(?:issues|discussions)(?:\/|$)/.test(path) || /\/-\/issues/.test(path);
    if (isIssueTracker) {
      const before = sentence.text.slice(0, match.index);
      if (
        !NEGATION.test(before) &&
        !NON_SECURITY_MATTER.test(sentence.text) &&
        REPORTING_WORD.test(sentence.text)
      ) {
        publicIssues.push({ value: url, line });
        add({ type: 'url', value: url }, line);
      }
      continue;
    }
    // A link to the policy itself, a release or a file is reading matter, not a channel.
    if (
      host === 'github.com' &&
      /\/(?:security\/policy|releases|blob|tree|wiki|commit|pull)(?:\/|$)/.test(path)
    )
      continue;
    const reportingSentence = REPORTING_WORD.test(sentence.text);
    if (
      REPORTING_PLATFORM_HOSTS.test(host) ||
      reportingSentence ||
      (reportingSection && unit.kind !== 'heading')
    ) {
      add({ type: 'url', value: url }, line);
    }
  }
}

function findPrivateReporting(
  sentence: Sentence,
  at: (offset: number) => number,
  mentions: Located<string>[],
): void {
  for (const match of sentence.text.matchAll(PRIVATE_REPORTING_PHRASE)) {
    const phrase = match[0];
    // "We publish fixes as GitHub security advisories" names the feature, not a way to report.
    const namesFeatureOnly = /advisor/i.test(phrase) && !/draft|private|new/i.test(phrase);
    if (namesFeatureOnly && ADVISORY_NOT_A_CHANNEL.test(sentence.text) && !REPORTING_VERB.test(sentence.text))
      continue;
    mentions.push({ value: phrase.replace(/^["“'‘]|["”'’]$/g, ''), line: at(match.index) });
  }
}

function findIssueInstructions(
  sentence: Sentence,
  at: (offset: number) => number,
  channels: Located<string>[],
): void {
  if (NON_SECURITY_MATTER.test(sentence.text)) return;
  for (const match of sentence.text.matchAll(PUBLIC_ISSUE_INSTRUCTION)) {
    if (NEGATION.test(sentence.text.slice(0, match.index + match[0].length))) continue;
    channels.push({ value: match[0], line: at(match.index) });
  }
}
