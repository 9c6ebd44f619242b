import { hashSecret } from '../core/secrets/redact.js';
import { type FileType, INLINE_LINE_INDEX, INLINE_TYPES } from './file-types.js';
import { statementBoundary } from './minified-bundle.js';
import type { Random } from './prng.js';
import type { SecretKind, Snippet } from './secret-kinds.js';

/**
 * Where a planted secret is: 1-based line and column of its first character, and the column
 * just past its last one (`endColumn`, exclusive), in UTF-16 units, the way findings count.
 */
export interface PlantedSecret {
  kind: SecretKind;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** `hashSecret` of the secret as it appears in the file: tests check the span by it. */
  secretHash: string;
}

/** A snippet to insert before line `at` (0-based) of a file, or at offset `at` of its inline line. */
export interface Planting {
  snippet: Snippet;
  at: number;
}

/** Positions of a snippet's secrets, relative to the snippet's first line and column 0. */
export function locateSecrets(
  snippet: Snippet,
  path: string,
  firstLine: number,
  firstColumn = 0,
): PlantedSecret[] {
  const text = snippet.lines.join('\n');
  return snippet.secrets.map(({ kind, text: secret }) => {
    const offset = text.indexOf(secret);
    if (offset === -1) throw new Error(`planted ${kind} secret is not in its own snippet (${path})`);
    const start = positionOf(text, offset);
    const end = positionOf(text, offset + secret.length);
    return {
      kind,
      path,
      line: firstLine + start.line,
      column: (start.line === 0 ? firstColumn : 0) + start.column + 1,
      endLine: firstLine + end.line,
      endColumn: (end.line === 0 ? firstColumn : 0) + end.column + 1,
      secretHash: hashSecret(secret),
    };
  });
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 0;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: offset - lineStart };
}

/** Inserts whole-line snippets before their lines; returns the new lines and where each secret is. */
export function plantLines(
  lines: readonly string[],
  plantings: readonly Planting[],
  path: string,
): { lines: string[]; planted: PlantedSecret[] } {
  const sorted = [...plantings].sort((a, b) => a.at - b.at);
  const out: string[] = [];
  const planted: PlantedSecret[] = [];
  let next = 0;
  for (let i = 0; i <= lines.length; i++) {
    while (next < sorted.length && sorted[next]!.at === i) {
      const { snippet } = sorted[next++]!;
      planted.push(...locateSecrets(snippet, path, out.length + 1));
      out.push(...snippet.lines);
    }
    if (i < lines.length) out.push(lines[i]!);
  }
  return { lines: out, planted };
}

/** Inserts one-line snippets inside line `lineIndex` (a minified bundle) at character offsets. */
export function plantInline(
  lines: readonly string[],
  lineIndex: number,
  plantings: readonly Planting[],
  path: string,
): { lines: string[]; planted: PlantedSecret[] } {
  const original = lines[lineIndex]!;
  const sorted = [...plantings].sort((a, b) => a.at - b.at);
  let rebuilt = '';
  let from = 0;
  const planted: PlantedSecret[] = [];
  for (const { snippet, at } of sorted) {
    rebuilt += original.slice(from, at);
    planted.push(...locateSecrets(snippet, path, lineIndex + 1, rebuilt.length));
    rebuilt += snippet.lines[0]!;
    from = at;
  }
  rebuilt += original.slice(from);
  const out = [...lines];
  out[lineIndex] = rebuilt;
  return { lines: out, planted };
}

/** Places each snippet in a file of `type`: inside the long line of a bundle, else between lines. */
export function plant(
  rng: Random,
  lines: string[],
  type: FileType,
  snippets: readonly Snippet[],
  path: string,
): { lines: string[]; planted: PlantedSecret[] } {
  if (snippets.length === 0) return { lines, planted: [] };
  if (INLINE_TYPES.has(type)) {
    const line = lines[INLINE_LINE_INDEX]!;
    const plantings = snippets.map((snippet) => ({ snippet, at: statementBoundary(rng, line) }));
    return plantInline(lines, INLINE_LINE_INDEX, plantings, path);
  }
  const plantings: Planting[] = snippets.map((snippet) => ({
    snippet,
    at: insertionPoint(rng, lines, type),
  }));
  return plantLines(lines, plantings, path);
}

/** A line to insert before: between certificates in a CA bundle, anywhere after the first line elsewhere. */
function insertionPoint(rng: Random, lines: readonly string[], type: FileType): number {
  if (type === 'cert-bundle') {
    for (let tries = 0; tries < 100; tries++) {
      const at = rng.int(lines.length);
      if (lines[at] === '') return at;
    }
    return lines.length;
  }
  return lines.length <= 1 ? lines.length : rng.range(1, lines.length);
}
