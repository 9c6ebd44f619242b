import { findDurations } from './find-durations.js';
import type { Heading, MarkdownDocument } from './markdown-document.js';
import { lineAt } from './markdown-document.js';
import {
  ANCHOR_AFTER,
  ANY_ANCHOR_AFTER,
  CADENCE_BEFORE,
  IF_WORD,
  NEGATION,
  PAST_AFTER,
  SEVERITY_WORD,
  STAGE_KEYWORD,
} from './patterns.js';
import {
  type AdvisorySeverity,
  isEarlierAnchor,
  type ResponsePromise,
  type ResponseStage,
  type StageAnchor,
  toHours,
} from './response-promise.js';
import { splitSentences } from './split-sentences.js';

/** More promises than this are not read: a real policy states a handful. */
export const MAX_PROMISES = 200;

const STAGE_BY_GROUP: readonly ResponseStage[] = ['triage', 'acknowledge', 'fix', 'disclose'];

/**
 * A promise and whether it is only an escalation condition ("if you do not hear back within
 * 6 business days, write to …"). Such a condition implies a promise, so it counts when the file
 * states nothing else for that stage, but it never conflicts with a stated promise.
 */
export interface FoundPromise extends ResponsePromise {
  conditional: boolean;
}

/** Where a sentence sits: its line numbers and the headings above it. */
export interface SentenceContext {
  line: (offset: number) => number;
  headings: readonly Heading[];
}

/**
 * Every time promise in SECURITY.md, in document order. A duration belongs to the nearest stage
 * word before it in the same sentence ("acknowledge … within 48 hours"), else the first after it
 * ("a 90-day disclosure"), else the stage of the previous duration in the sentence ("critical
 * within 7 days, others within 30"), else the fix stage when it names a severity, else the stage
 * its heading names. Cadences ("updates every 72 hours") and past spans are not promises.
 * Tables are read cell by cell with the column header and the row label as the sentence.
 */
export function findPromises(document: MarkdownDocument): ResponsePromise[] {
  const found = collectPromises(document);
  const stated = new Set(found.filter((p) => !p.conditional).map((p) => p.stage));
  return found
    .filter((p) => !p.conditional || !stated.has(p.stage))
    .map(({ conditional: _conditional, ...promise }) => promise)
    .sort((a, b) => a.line - b.line);
}

function collectPromises(document: MarkdownDocument): FoundPromise[] {
  const promises: FoundPromise[] = [];
  for (const unit of document.units) {
    if (unit.kind === 'table-row' || unit.kind === 'heading') continue;
    for (const sentence of splitSentences(unit.text)) {
      const context = {
        line: (offset: number) => lineAt(unit, sentence.offset + offset),
        headings: unit.headings,
      };
      promises.push(...promisesInSentence(sentence.text, context));
      if (promises.length >= MAX_PROMISES) return promises.slice(0, MAX_PROMISES);
    }
  }
  for (const table of document.tables) {
    const byColumn = new Map<number, FoundPromise[]>();
    let inTable = 0;
    for (const row of table.rows) {
      if (promises.length + inTable >= MAX_PROMISES) break;
      const durationCells = row.cells.map((cell) => findDurations(cell).length > 0);
      // The row's label is every cell without a time: "Critical", or "9.0-10.0 Critical".
      const label = row.cells.filter((_cell, column) => !durationCells[column]).join(' ');
      row.cells.forEach((cell, column) => {
        if (!durationCells[column]) return;
        const context = { line: () => row.line, headings: table.headings };
        const found = promisesInSentence(`${table.header[column] ?? ''}: ${label} ${cell}`, context);
        const columnPromises = byColumn.get(column) ?? [];
        columnPromises.push(...found);
        byColumn.set(column, columnPromises);
        inTable += found.length;
      });
    }
    for (const [column, found] of byColumn)
      promises.push(...asFixWhenTooLong(table.header[column] ?? '', found));
    if (promises.length >= MAX_PROMISES) return promises.slice(0, MAX_PROMISES);
  }
  return promises;
}

/**
 * A severity table's "Response time" column that runs to 30 days or more is a resolution
 * target, not an acknowledgement: nobody promises to acknowledge a report within 90 days.
 */
function asFixWhenTooLong(header: string, promises: FoundPromise[]): FoundPromise[] {
  if (/acknowledg|receipt|initial|first/i.test(header)) return promises;
  const tooLong = promises.some(
    (p) => p.stage === 'acknowledge' && p.severity !== null && toHours(p.amount, p.unit) >= 30 * 24,
  );
  return tooLong ? promises.map((p) => (p.stage === 'acknowledge' ? { ...p, stage: 'fix' } : p)) : promises;
}

/** The promises of one sentence; exported for the unit tests of phrasing. */
export function promisesInSentence(sentence: string, context: SentenceContext): FoundPromise[] {
  const durations = findDurations(sentence);
  const promises: FoundPromise[] = [];
  // Where "if … not" has been said: durations after it are escalation conditions. Found once
  // per sentence so that each duration costs no scan of the whole sentence.
  const ifAt = sentence.search(IF_WORD);
  const negation = ifAt < 0 ? null : NEGATION.exec(sentence.slice(ifAt));
  const negatedIfAt = negation ? ifAt + negation.index : -1;
  const quote = sentence.slice(0, 400).trim().slice(0, 200);
  let previousEnd = 0;
  let previousStage: ResponseStage | null = null;
  durations.forEach((duration, index) => {
    if (promises.length >= MAX_PROMISES) return;
    const lead = sentence.slice(Math.min(previousEnd, duration.start), duration.start);
    const tail = sentence.slice(duration.end, durations[index + 1]?.start ?? sentence.length);
    previousEnd = duration.end;
    if (CADENCE_BEFORE.test(lead) || PAST_AFTER.test(tail)) return;

    const anchor = ANCHOR_AFTER.exec(tail);
    // Counted from an event the clocks do not know ("of the mailing list being notified").
    if (!anchor && ANY_ANCHOR_AFTER.test(tail)) return;
    const rest = anchor ? tail.slice(anchor[0].length) : tail;
    const { severities, usedOfTail } = severitiesFor(lead, rest, index === 0, index === durations.length - 1);
    // Severity words after this duration belong to it: the next duration's lead starts after them.
    previousEnd = duration.end + (anchor ? anchor[0].length : 0) + usedOfTail;
    const stage =
      lastStage(lead) ??
      firstStage(rest) ??
      previousStage ??
      (severities.some((s) => s !== 'default') ? 'fix' : null) ??
      headingStage(context.headings);
    if (!stage) return;
    previousStage = stage;

    const named = anchor ? toAnchor(anchor[1] ?? '') : 'report';
    const from = isEarlierAnchor(named, stage) ? named : 'report';
    const base = {
      amount: duration.amount,
      unit: duration.unit,
      from,
      line: context.line(duration.start),
      text: quote,
    };
    const conditional = negatedIfAt >= 0 && negatedIfAt < duration.start;
    for (const severity of severities.length === 0 ? [null] : severities) {
      promises.push({ stage, severity, ...base, conditional });
    }
  });
  return promises;
}

function lastStage(text: string): ResponseStage | null {
  let stage: ResponseStage | null = null;
  for (const match of text.matchAll(STAGE_KEYWORD)) stage = stageOf(match);
  return stage;
}

function firstStage(text: string): ResponseStage | null {
  for (const match of text.matchAll(STAGE_KEYWORD)) return stageOf(match);
  return null;
}

function stageOf(match: RegExpMatchArray): ResponseStage | null {
  for (let group = 1; group <= 4; group++) if (match[group]) return STAGE_BY_GROUP[group - 1] ?? null;
  return null;
}

/** The stage named by the nearest heading that names one. */
function headingStage(headings: readonly Heading[]): ResponseStage | null {
  for (let i = headings.length - 1; i >= 0; i--) {
    const stage = lastStage(headings[i]?.text ?? '');
    if (stage) return stage;
  }
  return null;
}

/**
 * The severities a duration is limited to. Sentences put them before ("critical within 7 days,
 * others within 30") or after ("within 14 days for critical issues, 30 days for high"), so the
 * clause around the duration decides: the lead after its last comma, else the tail up to its first
 * comma (to the end for the last duration), else, for the sentence's first duration only, anything before it ("For critical issues,
 * we fix within 7 days").
 */
function severitiesFor(
  lead: string,
  tail: string,
  firstInSentence: boolean,
  lastInSentence: boolean,
): { severities: (AdvisorySeverity | 'default')[]; usedOfTail: number } {
  const clauseBefore = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1);
  const before = severitiesIn(clauseBefore);
  if (before.severities.length > 0) return { severities: before.severities, usedOfTail: 0 };
  // After the last duration no other time can claim the words, so read past commas
  // ("within 14 days for confirmed, high-severity issues").
  const comma = lastInSentence ? -1 : tail.search(/[,;]/);
  const after = severitiesIn(comma < 0 ? tail : tail.slice(0, comma));
  if (after.severities.length > 0) return { severities: after.severities, usedOfTail: after.end };
  return { severities: firstInSentence ? severitiesIn(lead).severities : [], usedOfTail: 0 };
}

/** The distinct severities named in `text`, and where the last one ends. */
function severitiesIn(text: string): { severities: (AdvisorySeverity | 'default')[]; end: number } {
  const found = new Set<AdvisorySeverity | 'default'>();
  let end = 0;
  for (const match of text.matchAll(SEVERITY_WORD)) {
    found.add(toSeverity(match[1] ?? ''));
    end = match.index + match[0].length;
  }
  return { severities: [...found], end };
}

function toSeverity(word: string): AdvisorySeverity | 'default' {
  const lower = word.toLowerCase();
  if (lower === 'critical' || lower === 'high' || lower === 'medium' || lower === 'low') return lower;
  if (lower === 'moderate') return 'medium';
  return 'default';
}

function toAnchor(word: string): StageAnchor {
  const lower = word.toLowerCase();
  if (/^(?:triag|assess|confirm|validat)/.test(lower)) return 'triage';
  if (lower.startsWith('acknowledg')) return 'acknowledge';
  if (/^(?:fix|patch|releas|resol)/.test(lower)) return 'fix';
  return 'report';
}
