import { DURATION, NEXT_BUSINESS_DAY } from './patterns.js';
import type { DurationUnit } from './response-promise.js';

/** A duration found in a sentence, normalised to one of the four units. */
export interface DurationMatch {
  amount: number;
  unit: DurationUnit;
  /** Offsets of the matched text in the sentence. */
  start: number;
  end: number;
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  'a couple of': 2,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** A month counts as 30 days, the usual reading of "within a month" in a disclosure policy. */
const DAYS_PER_MONTH = 30;

/**
 * Durations in a sentence of plain text, in order: "24 hours", "3 business days", "48h",
 * "one week" (7 days), "two weeks", "1-2 working days" (the upper bound: 2), "a month" (30 days),
 * "the next business day" (1 business day). A range promises its upper bound.
 */
export function findDurations(sentence: string): DurationMatch[] {
  const found: DurationMatch[] = [];
  for (const match of sentence.matchAll(DURATION)) {
    const [text, lower = '', upper, qualifier, unitWord = ''] = match;
    const amount = toNumber(upper ?? lower);
    const shortUnit = unitWord.length === 1;
    // "a d" or "an h" is not a duration; single-letter units need digits ("48h", "7d").
    if (amount === null || amount <= 0 || (shortUnit && !/^\d/.test(lower))) continue;
    const normalised = normalise(amount, unitWord.toLowerCase(), qualifier?.toLowerCase());
    found.push({ ...normalised, start: match.index, end: match.index + text.length });
  }
  for (const match of sentence.matchAll(NEXT_BUSINESS_DAY)) {
    found.push({ amount: 1, unit: 'business_days', start: match.index, end: match.index + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

function toNumber(word: string): number | null {
  const lower = word.toLowerCase();
  if (/^\d/.test(lower)) return Number(lower);
  const parts = lower.split(/[- ]/);
  if (parts.length === 2 && parts[0] !== 'a') {
    const tens = WORD_NUMBERS[parts[0] ?? ''];
    const ones = WORD_NUMBERS[parts[1] ?? ''];
    return tens !== undefined && ones !== undefined ? tens + ones : null;
  }
  return WORD_NUMBERS[lower] ?? null;
}

function normalise(
  amount: number,
  unitWord: string,
  qualifier: string | undefined,
): Omit<DurationMatch, 'start' | 'end'> {
  const business = qualifier === 'business' || qualifier === 'working' || qualifier === 'work';
  if (unitWord.startsWith('h')) return { amount, unit: business ? 'business_hours' : 'hours' };
  if (unitWord.startsWith('weekday')) return { amount, unit: 'business_days' };
  if (unitWord.startsWith('w'))
    return business ? { amount: amount * 5, unit: 'business_days' } : { amount: amount * 7, unit: 'days' };
  if (unitWord.startsWith('m')) return { amount: amount * DAYS_PER_MONTH, unit: 'days' };
  return { amount, unit: business ? 'business_days' : 'days' };
}
