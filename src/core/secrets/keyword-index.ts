import { CLASS_TABLE, instantiateKeywordStepper, SCRATCH } from './keyword-stepper-wasm.js';

/**
 * Aho–Corasick automaton over the rules' keywords, matched ASCII-case-insensitively in one pass
 * over the text. This is the engine's prefilter: a rule's regex only ever runs near one of its
 * keywords, so the cost of a scan is one pass plus the regex work on the few lines that matter.
 */
export interface KeywordIndex {
  /**
   * Where keywords end in `text`, in text order, as flat pairs `[end, group, end, group, …]`:
   * `end` is exclusive and `keywordsIn(group)` are the keywords ending there. The array is
   * reused: it is valid until the next call (scans run one at a time per thread).
   */
  findHits(text: string): readonly number[];
  /** The ids (indexes into `keywords`) of the keywords a hit's `group` stands for. */
  keywordsIn(group: number): readonly number[];
  /** Groups are numbered from 0 up to, not including, this. */
  readonly groupCount: number;
  readonly keywords: readonly string[];
}

export function buildKeywordIndex(keywords: readonly string[]): KeywordIndex {
  const classOf = new Uint8Array(65536);
  let classes = 1;
  for (const keyword of keywords) {
    for (const ch of keyword) {
      const code = ch.charCodeAt(0);
      if (classOf[code] === 0) {
        if (classes === 256) throw new Error('keywords use more than 255 distinct characters');
        classOf[code] = classes++;
        const upper = ch.toUpperCase().charCodeAt(0);
        if (upper !== code && upper < 128) classOf[upper] = classOf[code]!;
      }
    }
  }

  // Trie first, as growable arrays; then the failure links turn it into a full automaton.
  const children: number[][] = [[]];
  const outputs: number[][] = [[]];
  keywords.forEach((keyword, id) => {
    let state = 0;
    for (const ch of keyword) {
      const c = classOf[ch.charCodeAt(0)]!;
      let next = children[state]![c];
      if (next === undefined) {
        next = children.length;
        children[state]![c] = next;
        children.push([]);
        outputs.push([]);
      }
      state = next;
    }
    outputs[state]!.push(id);
  });

  const stateCount = children.length;
  const delta = new Int32Array(stateCount * classes);
  const fail = new Int32Array(stateCount);
  const queue: number[] = [];
  for (let c = 1; c < classes; c++) {
    const next = children[0]![c];
    if (next !== undefined) {
      delta[c] = next;
      queue.push(next);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const failOutputs = outputs[fail[state]!]!;
    if (failOutputs.length > 0) outputs[state] = [...outputs[state]!, ...failOutputs];
    for (let c = 1; c < classes; c++) {
      const next = children[state]![c];
      if (next !== undefined) {
        fail[next] = delta[fail[state]! * classes + c]!;
        delta[state * classes + c] = next;
        queue.push(next);
      } else {
        delta[state * classes + c] = delta[fail[state]! * classes + c]!;
      }
    }
  }
  const longest = Math.max(1, ...keywords.map((keyword) => keyword.length));
  const walk = keywordWalker(classOf, delta, classes, (state) => outputs[state]!.length > 0, longest);
  // Hits go to one reused array of small integers rather than to a callback or typed arrays:
  // measured on the bench corpus, that keeps the caller's loop over them the fastest.
  const hits: number[] = [];

  return {
    keywords,
    findHits(text) {
      hits.length = 0;
      walk(text, hits);
      return hits;
    },
    keywordsIn: (group) => outputs[group]!,
    groupCount: stateCount,
  };
}

/** Characters written to the machine's memory per call. */
const CHUNK = 32_768;
const WASM_PAGE = 65_536;

/**
 * Loads the automaton into a WebAssembly instance of its own and returns the walk: it appends
 * `[end, state, …]` for every position where keywords end, in text order. The text goes to the
 * machine in chunks of `CHUNK` UTF-16 code units; each chunk is walked as two halves at once.
 * The second half's walk starts from the root, `longest - 1` characters before the first half
 * ends, so it is in the right state by then; hits it finds before that are the first walk's.
 */
function keywordWalker(
  classOf: Uint8Array,
  delta: Int32Array,
  classes: number,
  hasOutput: (state: number) => boolean,
  longest: number,
): (text: string, hits: number[]) => void {
  const rowBytes = classes * 4;
  const table = CLASS_TABLE + classOf.length;
  const hitsA = table + delta.length * 4;
  const hitsB = hitsA + CHUNK * 8;
  const chunk = hitsB + CHUNK * 8;
  const memory = new WebAssembly.Memory({ initial: Math.ceil((chunk + CHUNK * 2) / WASM_PAGE) });
  const machine = instantiateKeywordStepper(memory);
  const bytes = Buffer.from(memory.buffer);
  const words = new Int32Array(memory.buffer);
  bytes.set(classOf, CLASS_TABLE);
  for (let entry = 0; entry < delta.length; entry++) {
    const next = delta[entry]!;
    const row = table + next * rowBytes;
    words[table / 4 + entry] = hasOutput(next) ? -row - 1 : row;
  }
  /** Copies the hits in `[start, end)` of the hit buffer whose text ends after `after`. */
  const collect = (start: number, end: number, from: number, after: number, hits: number[]) => {
    for (let at = start >> 2; at < end >> 2; at += 2) {
      const hitEnd = from + ((words[at]! - chunk) >> 1);
      if (hitEnd > after) hits.push(hitEnd, (words[at + 1]! - table) / rowBytes);
    }
  };
  // Short chunks are walked once: splitting them would rescan most of the overlap.
  const pairFrom = 4 * longest + 64;
  return (text, hits) => {
    let row = table;
    for (let from = 0; from < text.length; from += CHUNK) {
      const to = Math.min(text.length, from + CHUNK);
      bytes.write(to - from === text.length ? text : text.slice(from, to), chunk, 'utf16le');
      const at = (position: number) => chunk + (position - from) * 2;
      if (to - from < pairFrom) {
        collect(hitsA, machine.step(at(from), at(to), row, hitsA), from, -1, hits);
        row = words[SCRATCH / 4]!;
        continue;
      }
      const half = Math.ceil((to - from + longest - 1) / 2);
      const endA = machine.stepPair(at(from), at(from + half), at(to - half), row, table, hitsA, hitsB);
      row = words[SCRATCH / 4]!;
      collect(hitsA, endA, from, -1, hits);
      collect(hitsB, words[SCRATCH / 4 + 1]!, from, from + half, hits);
    }
  };
}
