/**
 * The keyword automaton's inner loop, as a WebAssembly module assembled here, byte by byte.
 *
 * Why WebAssembly: a DFA step depends on the previous step's state, so the loop is bound by
 * memory latency, not by instructions. Two independent walks in one loop (over the two halves
 * of a chunk) let the CPU overlap their loads. Written in JavaScript, that interleaving gained
 * nothing (bounds and type checks fill the gaps); as WebAssembly it runs about 1.8x the plain
 * JavaScript loop on the bench corpus (see docs/benchmarks.md). The module is assembled from
 * this file rather than shipped as a binary, so what runs is what is read here.
 *
 * Memory, shared with `keyword-index.ts` (byte addresses):
 * - `SCRATCH` (16 bytes): where a call leaves the second walk's final state and output end.
 * - `CLASS_TABLE` (65,536 bytes): the character class of each UTF-16 code unit.
 * - the transition table: one i32 per (state, class). An entry holds the next state's row
 *   address (`row + class × 4` is the entry to load next); a state where keywords end is stored
 *   as `-(row) - 1`, so one sign test per character finds the hits.
 * - two hit buffers, one per walk, of `(address after the character, row of the state)` pairs.
 * - the text chunk, as UTF-16 code units.
 */

export const SCRATCH = 0;
export const CLASS_TABLE = 64;

/** What the module exports. Every argument is a byte address in the memory described above. */
export interface KeywordStepper {
  /** One walk over `[from, to)` from `row`; returns the hits' end and leaves its row at SCRATCH. */
  step(from: number, to: number, row: number, hits: number): number;
  /**
   * Two walks of equal length, `[fromA, toA)` and `[fromB, fromB + (toA - fromA))`, in one
   * loop. Returns walk A's hits end; leaves walk B's final row at SCRATCH and its hits end at
   * SCRATCH + 4.
   */
  stepPair(
    fromA: number,
    toA: number,
    fromB: number,
    rowA: number,
    rowB: number,
    hitsA: number,
    hitsB: number,
  ): number;
}

const I32 = 0x7f;
const FUNC_TYPE = 0x60;
const op = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  else: 0x05,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  localGet: 0x20,
  localSet: 0x21,
  i32Load: 0x28,
  i32Load8U: 0x2d,
  i32Load16U: 0x2f,
  i32Store: 0x36,
  i32Const: 0x41,
  i32LtS: 0x48,
  i32GeU: 0x4f,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Shl: 0x74,
} as const;
const VOID_BLOCK = 0x40;

function unsignedLeb(value: number): number[] {
  const bytes: number[] = [];
  let rest = value >>> 0;
  do {
    const byte = rest & 0x7f;
    rest >>>= 7;
    bytes.push(rest === 0 ? byte : byte | 0x80);
  } while (rest !== 0);
  return bytes;
}

function signedLeb(value: number): number[] {
  const bytes: number[] = [];
  let rest = value | 0;
  for (;;) {
    const byte = rest & 0x7f;
    rest >>= 7;
    const done = (rest === 0 && (byte & 0x40) === 0) || (rest === -1 && (byte & 0x40) !== 0);
    bytes.push(done ? byte : byte | 0x80);
    if (done) return bytes;
  }
}

const i32Const = (value: number) => [op.i32Const, ...signedLeb(value)];
const get = (local: number) => [op.localGet, local];
const set = (local: number) => [op.localSet, local];
/** A memory access's immediates: log2 of its alignment, then a constant address offset. */
const memarg = (alignLog2: number, offset: number) => [alignLog2, ...unsignedLeb(offset)];
const name = (text: string) => [...unsignedLeb(text.length), ...Buffer.from(text, 'latin1')];
const vector = (items: number[][]) => [...unsignedLeb(items.length), ...items.flat()];
const section = (id: number, body: number[]) => [id, ...unsignedLeb(body.length), ...body];

/** `*(address + offset) = value`, both i32. */
const store = (address: number[], value: number[], offset = 0) => [
  ...address,
  ...value,
  op.i32Store,
  ...memarg(2, offset),
];
const ifElse = (then: number[], otherwise: number[]) => [
  op.if,
  VOID_BLOCK,
  ...then,
  op.else,
  ...otherwise,
  op.end,
];

/**
 * One automaton step for the walk whose text pointer, row and hit pointer are in locals
 * `text`, `row` and `hits` (`next` is scratch): the same work as the JavaScript loop it replaced,
 *   next = table[row + classOf[*text] × 4]; text += 2;
 *   if (next < 0) { row = -next - 1; *hits++ = (text, row) } else row = next;
 */
function step(text: number, row: number, hits: number, next: number): number[] {
  const classOfChar = [...get(text), op.i32Load16U, ...memarg(1, 0), op.i32Load8U, ...memarg(0, CLASS_TABLE)];
  const nextEntry = [...get(row), ...classOfChar, ...i32Const(2), op.i32Shl, op.i32Add];
  const recordHit = [
    ...[...i32Const(-1), ...get(next), op.i32Sub, ...set(row)],
    ...store(get(hits), get(text)),
    ...store(get(hits), get(row), 4),
    ...[...get(hits), ...i32Const(8), op.i32Add, ...set(hits)],
  ];
  return [
    ...[...nextEntry, op.i32Load, ...memarg(2, 0), ...set(next)],
    ...[...get(text), ...i32Const(2), op.i32Add, ...set(text)],
    ...[...get(next), ...i32Const(0), op.i32LtS],
    ...ifElse(recordHit, [...get(next), ...set(row)]),
  ];
}

/** `while (cursor < limit) { body }`. */
function whileBelow(cursor: number, limit: number, body: number[]): number[] {
  const exitWhenDone = [...get(cursor), ...get(limit), op.i32GeU, op.brIf, 1];
  return [op.block, VOID_BLOCK, op.loop, VOID_BLOCK, ...exitWhenDone, ...body, op.br, 0, op.end, op.end];
}

function stepBody(): number[] {
  const [from, to, row, hits, next] = [0, 1, 2, 3, 4];
  const code = [
    ...whileBelow(from, to, step(from, row, hits, next)),
    ...store(i32Const(SCRATCH), get(row)),
    ...get(hits),
    op.end,
  ];
  return [...vector([[1, I32]]), ...code];
}

function stepPairBody(): number[] {
  const [fromA, toA, fromB, rowA, rowB, hitsA, hitsB, nextA, nextB] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const bothSteps = [...step(fromA, rowA, hitsA, nextA), ...step(fromB, rowB, hitsB, nextB)];
  const code = [
    ...whileBelow(fromA, toA, bothSteps),
    ...store(i32Const(SCRATCH), get(rowB)),
    ...store(i32Const(SCRATCH), get(hitsB), 4),
    ...get(hitsA),
    op.end,
  ];
  return [...vector([[2, I32]]), ...code];
}

let compiled: WebAssembly.Module | undefined;

/** An instance of the module over `memory`; the module is assembled and compiled once. */
export function instantiateKeywordStepper(memory: WebAssembly.Memory): KeywordStepper {
  compiled ??= keywordStepperModule();
  return new WebAssembly.Instance(compiled, { env: { memory } }).exports as unknown as KeywordStepper;
}

function keywordStepperModule(): WebAssembly.Module {
  const stepType = [FUNC_TYPE, ...vector([[I32], [I32], [I32], [I32]]), ...vector([[I32]])];
  const pairType = [FUNC_TYPE, ...vector(Array.from({ length: 7 }, () => [I32])), ...vector([[I32]])];
  const MEMORY_IMPORT = 0x02;
  const LIMITS_MIN_ONLY = 0x00;
  const FUNC_EXPORT = 0x00;
  const withSize = (body: number[]) => [...unsignedLeb(body.length), ...body];
  const bytes = [
    ...[0x00, 0x61, 0x73, 0x6d], // "\0asm"
    ...[0x01, 0x00, 0x00, 0x00], // version 1
    ...section(1, vector([stepType, pairType])),
    ...section(2, vector([[...name('env'), ...name('memory'), MEMORY_IMPORT, LIMITS_MIN_ONLY, 1]])),
    ...section(3, vector([[0], [1]])),
    ...section(
      7,
      vector([
        [...name('step'), FUNC_EXPORT, 0],
        [...name('stepPair'), FUNC_EXPORT, 1],
      ]),
    ),
    ...section(10, vector([withSize(stepBody()), withSize(stepPairBody())])),
  ];
  return new WebAssembly.Module(Uint8Array.from(bytes));
}
