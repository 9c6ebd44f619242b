import { isPlaceholderEmail } from './is-placeholder-email.js';
import { isPlaceholderUrl } from './is-placeholder-url.js';
import type { MarkdownDocument, TextUnit } from './markdown-document.js';
import { lineAt } from './markdown-document.js';
import {
  ANGLE_SLOT,
  BRACKET_SLOT,
  CONTACT_LABEL,
  CONTACT_SLOT_WORDS,
  CURLY_SLOT,
  EMAIL,
  LABEL_WITHOUT_VALUE,
  NON_CONTACT_SLOT_WORDS,
  SLOT_WORDS,
  TEMPLATE_SENTENCE,
  TODO_SENTENCE,
  UPPER_SLOT,
  URL,
} from './patterns.js';
import type { Located, PlaceholderEvidence } from './security-policy.js';
import { splitSentences } from './split-sentences.js';

/** More placeholders than this are not read. */
export const MAX_PLACEHOLDERS = 100;

/** Tags whose angle brackets are HTML, not a slot. */
const HTML_TAGS = new Set(
  'a abbr b blockquote br center code dd del details div dl dt em font h1 h2 h3 h4 h5 h6 hr i img input ins kbd li mark ol p picture pre s section small source span strong sub summary sup table tbody td th thead tr u ul video'.split(
    ' ',
  ),
);

/**
 * Template text left in SECURITY.md, as found: example e-mail addresses and URLs
 * (`security@example.com`, `https://github.com/OWNER/REPO/…`), bracketed, angled, curly and upper-case slots (`[Your Security
 * Email]`, `[To be defined]`, `<your-email>`, `{{ email }}`, `YOUR_EMAIL`), "Email: TBD", and
 * whole template sentences ("Use this section to tell people …"). Each is marked as a contact
 * slot when its words, its label ("Email:", "Primary:") or its section say a contact belongs
 * there.
 */
export function findPlaceholders(document: MarkdownDocument): Located<PlaceholderEvidence>[] {
  const found: Located<PlaceholderEvidence>[] = [];
  const seen = new Set<string>();
  const add = (text: string, line: number, isContact: boolean): void => {
    if (seen.has(text) || found.length >= MAX_PLACEHOLDERS) return;
    seen.add(text);
    found.push({ value: { text, isContact }, line });
  };

  for (const unit of document.units) {
    const contactSection = unit.headings.some((h) => /\b(?:contact|report)/i.test(h.text));
    const slots: { text: string; offset: number; inner: string }[] = [];
    for (const match of unit.text.matchAll(EMAIL)) {
      if (isPlaceholderEmail(match[0])) add(match[0], lineAt(unit, match.index), true);
    }
    for (const match of unit.text.matchAll(URL)) {
      const url = match[0].replace(/[.,;:!?*_'"’”]+$/, '');
      if (isPlaceholderUrl(url)) add(url, lineAt(unit, match.index), true);
    }
    for (const match of unit.text.matchAll(BRACKET_SLOT)) {
      const inner = match[1] ?? '';
      if (SLOT_WORDS.test(inner) && !inner.startsWith('!'))
        slots.push({ text: match[0], offset: match.index, inner });
    }
    for (const match of unit.text.matchAll(CURLY_SLOT))
      slots.push({ text: match[0], offset: match.index, inner: match[1] ?? '' });
    for (const match of unit.text.matchAll(UPPER_SLOT))
      slots.push({ text: match[0], offset: match.index, inner: match[0] });
    for (const match of unit.text.matchAll(LABEL_WITHOUT_VALUE)) {
      const word = match[1] ?? '';
      slots.push({ text: word, offset: match.index + match[0].length - word.length, inner: match[0] });
    }
    for (const slot of slots) {
      const label = unit.text.slice(Math.max(0, slot.offset - 40), slot.offset);
      add(slot.text, lineAt(unit, slot.offset), isContactSlot(slot.inner, label, contactSection));
    }
    for (const slot of angleSlots(unit))
      add(slot.text, slot.line, isContactSlot(slot.inner, '', contactSection));
    for (const sentence of splitSentences(unit.text)) {
      const text = sentence.text.trim();
      if (TEMPLATE_SENTENCE.test(text) || TODO_SENTENCE.test(text))
        add(text.slice(0, 300), lineAt(unit, sentence.offset), false);
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

/** Angle-bracket slots read from the raw markdown, since plain text drops anything tag-shaped. */
function angleSlots(unit: TextUnit): { text: string; inner: string; line: number }[] {
  const slots: { text: string; inner: string; line: number }[] = [];
  for (const rawLine of unit.rawLines) {
    for (const match of rawLine.text.matchAll(ANGLE_SLOT)) {
      const inner = match[1] ?? '';
      const tagName = /^[A-Za-z][A-Za-z0-9]*/.exec(inner)?.[0]?.toLowerCase();
      if (
        tagName &&
        HTML_TAGS.has(tagName) &&
        (inner.length === tagName.length || /^[A-Za-z0-9]+\s/.test(inner))
      )
        continue;
      if (/^(?:https?:|mailto:)/i.test(inner)) continue;
      const email = inner.includes('@') ? inner.replace(/^mailto:/i, '') : null;
      if (email && !isPlaceholderEmail(email)) continue;
      if (!email && !SLOT_WORDS.test(inner.replace(/[-_]/g, ' '))) continue;
      slots.push({ text: match[0], inner, line: rawLine.line });
    }
  }
  return slots;
}

function isContactSlot(inner: string, label: string, contactSection: boolean): boolean {
  const words = inner.replace(/[-_]/g, ' ');
  if (CONTACT_SLOT_WORDS.test(words)) return true;
  if (NON_CONTACT_SLOT_WORDS.test(words)) return false;
  if (CONTACT_LABEL.test(label)) return true;
  return contactSection && !/\b(?:updated|date|version)\b/i.test(label);
}
