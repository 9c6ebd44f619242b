/**
 * Whether `value` is hand-typed filler rather than random output: `abc123def456ghi789…`,
 * `1a2b3c4d5e6f…`, `z9y8x7w6…`. It counts positions whose next or next-but-one character is a
 * neighbour in character code; in random base62 that happens about 6% of the time (about 23% in
 * hex), so a majority of such positions is out of reach of any real token of 16+ characters.
 */
export function isSequentialFiller(value: string, threshold = 0.6): boolean {
  if (value.length < 16) return false;
  const codes = [...value.toLowerCase()].map((c) => c.charCodeAt(0));
  let stepped = 0;
  for (let i = 0; i + 1 < codes.length; i++) {
    const next = Math.abs(codes[i + 1]! - codes[i]!) === 1;
    const skip = i + 2 < codes.length && Math.abs(codes[i + 2]! - codes[i]!) === 1;
    if (next || skip) stepped++;
  }
  return stepped / (codes.length - 1) >= threshold;
}
