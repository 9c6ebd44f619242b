import { closeSync, openSync, writeSync } from 'node:fs';
import { type FileType, GENERATORS } from './file-types.js';
import { locateSecrets, type PlantedSecret, plant } from './plant-secrets.js';
import type { Random } from './prng.js';
import { HOSTS, makeSnippet, PLANT_KINDS, type PlantKind, type Snippet } from './secret-kinds.js';
import { camel, hex, kebab, pascal, snake } from './vocabulary.js';

/** A secret planted in the diff, on an added line (to be found) or a removed/context one (not). */
export interface DiffPlantedSecret extends PlantedSecret {
  /** `added`: line numbers in the new file; `removed`: in the old file; `context`: in the new file. */
  side: 'added' | 'removed' | 'context';
}

export interface DiffSummary {
  bytes: number;
  /** File patches in the diff, binary ones included. */
  files: number;
  largest: { path: string; bytes: number };
  planted: DiffPlantedSecret[];
}

type Side = DiffPlantedSecret['side'];

/** One secret per this many characters of diff, per side: most on added lines, a few elsewhere. */
const PLANT_EVERY: Record<Side, number> = { added: 330_000, removed: 2_000_000, context: 4_000_000 };
/** At least this many per side, however small the diff (a test's 1 MB diff still plants enough). */
const PLANT_AT_LEAST: Record<Side, number> = { added: 20, removed: 4, context: 2 };
/** Share of the diff that is one added file (over 20 MB in the default 55 MB diff). */
const LARGEST_SHARE = 0.4;
const LARGEST_PLANTED = 12;

const PATCH_TYPES: readonly FileType[] = [
  'ts',
  'ts',
  'ts',
  'js',
  'py',
  'py',
  'go',
  'go',
  'java',
  'java',
  'yaml',
  'json',
  'md',
  'env',
  'properties',
];

const EXTENSIONS: Partial<Record<FileType, string>> = {
  ts: 'ts',
  js: 'js',
  py: 'py',
  go: 'go',
  java: 'java',
  yaml: 'yaml',
  json: 'json',
  md: 'md',
  env: 'env',
  properties: 'properties',
};

/** Buffers diff text and writes it in large chunks. */
class DiffWriter {
  readonly #fd: number;
  #parts: string[] = [];
  #pending = 0;
  /** Characters written so far (UTF-16 units; bytes are counted at flush). */
  chars = 0;
  bytes = 0;

  constructor(path: string) {
    this.#fd = openSync(path, 'w');
  }

  line(text: string): void {
    this.#parts.push(text);
    this.#pending += text.length + 1;
    this.chars += text.length + 1;
    if (this.#pending > 4_000_000) this.flush();
  }

  flush(): void {
    if (this.#parts.length === 0) return;
    const chunk = `${this.#parts.join('\n')}\n`;
    this.bytes += writeSync(this.#fd, chunk);
    this.#parts = [];
    this.#pending = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.#fd);
  }
}

/**
 * Writes a unified diff (`git diff` style) of about `targetChars` characters: many modified
 * files with several hunks of added, removed and context lines, added, deleted, renamed and
 * binary files, one added file of 40 % of the whole, and planted secrets on every side.
 */
export function generateDiff(rng: Random, file: string, targetChars: number): DiffSummary {
  const out = new DiffWriter(file);
  const summary: DiffSummary = { bytes: 0, files: 0, largest: { path: '', bytes: 0 }, planted: [] };
  const every = (side: Side) => Math.min(PLANT_EVERY[side], targetChars / PLANT_AT_LEAST[side]);
  const state: DiffState = {
    rng,
    out,
    summary,
    debt: { added: 0, removed: 0, context: 0 },
    every: { added: every('added'), removed: every('removed'), context: every('context') },
    kindIndex: 0,
    paths: new Set(),
  };
  let largestDone = false;
  while (out.chars < targetChars) {
    if (!largestDone && out.chars >= targetChars * 0.3) {
      largestDone = true;
      writeLargest(state, Math.round(targetChars * LARGEST_SHARE));
      continue;
    }
    const roll = rng.float();
    if (roll < 0.68) writeModified(state, rng.pick(PATCH_TYPES));
    else if (roll < 0.8) writeAdded(state, rng.pick(PATCH_TYPES));
    else if (roll < 0.9) writeDeleted(state, rng.pick(PATCH_TYPES));
    else if (roll < 0.94) writeRenamed(state, rng.pick(PATCH_TYPES));
    else if (roll < 0.965) writeBinary(state);
    else if (roll < 0.985) writeModified(state, 'package-lock');
    else writeBundle(state);
  }
  out.close();
  summary.bytes = out.bytes;
  return summary;
}

interface DiffState {
  rng: Random;
  out: DiffWriter;
  summary: DiffSummary;
  /** Planted secrets owed per side, grown by the characters written on that side. */
  debt: Record<Side, number>;
  /** Characters per planted secret, per side. */
  every: Record<Side, number>;
  kindIndex: number;
  paths: Set<string>;
}

function newPath(state: DiffState, type: FileType): string {
  const { rng } = state;
  const top = rng.pick([
    'web/src',
    'api/internal',
    'worker',
    'service/src/main',
    'deploy',
    'docs',
    'config',
    'packages',
  ]);
  const base = `${top}/${kebab(rng, 1)}/${type === 'java' ? pascal(rng, 2) : type === 'py' ? snake(rng) : kebab(rng)}`;
  let path =
    type === 'env'
      ? `${base}.env`
      : type === 'package-lock'
        ? `${base}/package-lock.json`
        : `${base}.${EXTENSIONS[type] ?? 'txt'}`;
  for (let n = 2; state.paths.has(path); n++) path = path.replace(/(\.[^./]+)$/, `-${n}$1`);
  state.paths.add(path);
  return path;
}

/** Grows every side's debt by `chars` more characters of diff. */
function account(state: DiffState, chars: number): void {
  for (const side of ['added', 'removed', 'context'] as const) state.debt[side] += chars / state.every[side];
}

/** The snippets owed on `side`, for a file of `type` (kinds that cannot live there wait). */
function owedSnippets(state: DiffState, side: Side, type: FileType): Snippet[] {
  const snippets: Snippet[] = [];
  while (state.debt[side] >= 1) {
    const kind = nextKind(state, type);
    if (kind === undefined) break;
    state.debt[side] -= 1;
    snippets.push(makeSnippet(state.rng, kind, type));
  }
  return snippets;
}

/** The next kind in the round that can live in a file of `type`. */
function nextKind(state: DiffState, type: FileType): PlantKind | undefined {
  for (let i = 0; i < PLANT_KINDS.length; i++) {
    const kind = PLANT_KINDS[(state.kindIndex + i) % PLANT_KINDS.length]!;
    if (HOSTS[kind].includes(type)) {
      state.kindIndex += i + 1;
      return kind;
    }
  }
  return undefined;
}

function gitHeader(state: DiffState, oldPath: string, newPath: string, extra: string[] = []): void {
  state.out.line(`diff --git a/${oldPath} b/${newPath}`);
  for (const line of extra) state.out.line(line);
  state.summary.files++;
}

function record(state: DiffState, planted: PlantedSecret[], side: Side): void {
  for (const secret of planted) state.summary.planted.push({ ...secret, side });
}

/** A whole file as added lines: `new file mode`, one hunk from line 1. */
function writeWholeFile(
  state: DiffState,
  type: FileType,
  path: string,
  chars: number,
  side: 'added' | 'removed',
): number {
  const { rng, out } = state;
  const fileRng = rng.fork(path);
  const lines = GENERATORS[type](fileRng, chars);
  const snippets = owedSnippets(state, side, type);
  const planted = plant(fileRng, lines, type, snippets, path);
  record(state, planted.planted, side);
  const count = planted.lines.length;
  const blob = hex(rng, 7);
  if (side === 'added') {
    gitHeader(state, path, path, [
      'new file mode 100644',
      `index 0000000..${blob}`,
      '--- /dev/null',
      `+++ b/${path}`,
    ]);
    out.line(`@@ -0,0 +1,${count} @@`);
  } else {
    gitHeader(state, path, path, [
      'deleted file mode 100644',
      `index ${blob}..0000000`,
      `--- a/${path}`,
      '+++ /dev/null',
    ]);
    out.line(`@@ -1,${count} +0,0 @@`);
  }
  const marker = side === 'added' ? '+' : '-';
  let bytes = 0;
  for (const line of planted.lines) {
    out.line(marker + line);
    bytes += line.length + 1;
  }
  return bytes;
}

function writeLargest(state: DiffState, chars: number): void {
  const path = 'web/src/generated/schema.generated.ts';
  state.paths.add(path);
  // A fixed dozen secrets: by its size it would otherwise hold a third of them.
  const saved = state.debt.added;
  state.debt.added = LARGEST_PLANTED;
  const bytes = writeWholeFile(state, 'ts', path, chars, 'added');
  state.debt.added = saved;
  state.summary.largest = { path, bytes };
}

function writeAdded(state: DiffState, type: FileType): void {
  const chars = state.rng.logRange(500, 60_000);
  account(state, chars);
  writeWholeFile(state, type, newPath(state, type), chars, 'added');
}

function writeDeleted(state: DiffState, type: FileType): void {
  const chars = state.rng.logRange(500, 40_000);
  account(state, chars);
  writeWholeFile(state, type, newPath(state, type), chars, 'removed');
}

function writeBinary(state: DiffState): void {
  const path = newPath(state, 'md').replace(/\.md$/, `.${state.rng.pick(['png', 'woff2', 'pdf', 'jar'])}`);
  gitHeader(state, path, path, [`index ${hex(state.rng, 7)}..${hex(state.rng, 7)} 100644`]);
  state.out.line(`Binary files a/${path} and b/${path} differ`);
}

/** A committed minified bundle rebuilt: one very long line removed, one added. */
function writeBundle(state: DiffState): void {
  const { rng, out } = state;
  const path = `web/dist/assets/${kebab(rng, 1)}-${hex(rng, 8)}.min.js`;
  const size = rng.logRange(200_000, 1_000_000);
  const before = GENERATORS.bundle(rng.fork(`${path}/old`), size);
  const after = GENERATORS.bundle(rng.fork(`${path}/new`), size);
  account(state, 2 * size);
  gitHeader(state, path, path, [
    `index ${hex(rng, 7)}..${hex(rng, 7)} 100644`,
    `--- a/${path}`,
    `+++ b/${path}`,
  ]);
  out.line(`@@ -1,${before.length} +1,${after.length} @@`);
  for (const line of before) out.line(`-${line}`);
  for (const line of after) out.line(`+${line}`);
}

function writeRenamed(state: DiffState, type: FileType): void {
  const { rng } = state;
  const from = newPath(state, type);
  const to = newPath(state, type);
  const similarity = rng.range(60, 100);
  const header = [`similarity index ${similarity}%`, `rename from ${from}`, `rename to ${to}`];
  if (similarity === 100) {
    gitHeader(state, from, to, header);
    return;
  }
  writeHunks(state, type, from, to, [...header, `index ${hex(rng, 7)}..${hex(rng, 7)} 100644`]);
}

function writeModified(state: DiffState, type: FileType): void {
  const path = newPath(state, type);
  writeHunks(state, type, path, path, [`index ${hex(state.rng, 7)}..${hex(state.rng, 7)} 100644`]);
}

interface HunkLine {
  marker: ' ' | '-' | '+';
  text: string;
  /** Set on the first line of a planted snippet. */
  snippet?: Snippet;
}

/** 1–6 hunks of a modified file: context, removed and added lines, and planted secrets. */
function writeHunks(state: DiffState, type: FileType, oldPath: string, path: string, extra: string[]): void {
  const { rng, out } = state;
  const pool = GENERATORS[type](rng.fork(path), rng.logRange(2_000, 30_000));
  let cursor = rng.int(pool.length);
  const take = () => pool[cursor++ % pool.length]!;
  gitHeader(state, oldPath, path, [...extra, `--- a/${oldPath}`, `+++ b/${path}`]);
  let oldStart = rng.range(1, 400);
  let delta = 0;
  for (let h = rng.range(1, 6); h > 0; h--) {
    const removed = rng.range(0, 12);
    const added = rng.range(removed === 0 ? 1 : 0, 24);
    const block = (marker: HunkLine['marker'], count: number): HunkLine[] =>
      Array.from({ length: count }, () => ({ marker, text: take() }));
    const before = block(' ', 3);
    const minus = block('-', removed);
    const plus = block('+', added);
    const after = block(' ', 3);
    const chars = [...before, ...minus, ...plus, ...after].reduce(
      (sum, line) => sum + line.text.length + 2,
      0,
    );
    account(state, chars);
    if (plus.length > 0) insertSnippets(rng, plus, '+', owedSnippets(state, 'added', type));
    if (minus.length > 0) insertSnippets(rng, minus, '-', owedSnippets(state, 'removed', type));
    insertSnippets(rng, before, ' ', owedSnippets(state, 'context', type));
    const body = [...before, ...minus, ...plus, ...after];
    const oldCount = body.filter((line) => line.marker !== '+').length;
    const newCount = body.filter((line) => line.marker !== '-').length;
    const newStart = oldStart + delta;
    out.line(
      `@@ -${oldStart},${oldCount} +${newStart},${newCount} @@ ${rng.chance(0.5) ? `function ${camel(rng)}(` : ''}`,
    );
    let oldLine = oldStart;
    let newLine = newStart;
    for (const line of body) {
      if (line.snippet) {
        const side: Side = line.marker === '+' ? 'added' : line.marker === '-' ? 'removed' : 'context';
        const at = line.marker === '-' ? oldLine : newLine;
        record(state, locateSecrets(line.snippet, line.marker === '-' ? oldPath : path, at), side);
      }
      out.line(line.marker + line.text);
      if (line.marker !== '+') oldLine++;
      if (line.marker !== '-') newLine++;
    }
    delta += newCount - oldCount;
    oldStart += oldCount + rng.range(5, 300);
  }
}

function insertSnippets(
  rng: Random,
  lines: HunkLine[],
  marker: HunkLine['marker'],
  snippets: Snippet[],
): void {
  // From the last position back, so that no snippet lands inside another.
  const positions = snippets.map(() => rng.int(lines.length + 1)).sort((a, b) => b - a);
  for (const [i, snippet] of snippets.entries()) {
    const at = positions[i]!;
    const inserted: HunkLine[] = snippet.lines.map((text, i) =>
      i === 0 ? { marker, text, snippet } : { marker, text },
    );
    lines.splice(at, 0, ...inserted);
  }
}
