/** A sentence of a unit's plain text and where it starts in it. */
export interface Sentence {
  text: string;
  offset: number;
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'incl', 'no', 'mr', 'ms', 'dr', 'st']);

/**
 * Sentences of plain text: a break after `.`, `!` or `?` followed by a space and something that
 * does not continue the sentence (a lower-case word does: "e.g. within", "v1. and").
 * Linear: one pass, no regular expression.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length - 2; i++) {
    const ch = text[i];
    if ((ch !== '.' && ch !== '!' && ch !== '?') || text[i + 1] !== ' ') continue;
    const next = text[i + 2] ?? '';
    if (next.toLowerCase() === next && next.toUpperCase() !== next) continue;
    if (ch === '.' && ABBREVIATIONS.has(lastWord(text, i).toLowerCase())) continue;
    pushSentence(sentences, text, start, i + 1);
    start = i + 2;
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

function pushSentence(sentences: Sentence[], text: string, start: number, end: number): void {
  const piece = text.slice(start, end);
  if (piece.trim()) sentences.push({ text: piece, offset: start });
}

/** The word right before position `end` (at most 8 characters back: abbreviations are short). */
function lastWord(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < 8 && text[start - 1] !== ' ') start--;
  return text.slice(start, end);
}
