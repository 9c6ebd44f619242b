/** Per-character counts, reused by every call and left zeroed (scans run one at a time per thread). */
const counts = new Uint32Array(65536);

/** Shannon entropy of `value` in bits per character (UTF-16 code units). */
export function shannonEntropy(value: string): number {
  const length = value.length;
  if (length === 0) return 0;
  for (let i = 0; i < length; i++) counts[value.charCodeAt(i)]!++;
  let bits = 0;
  // Each distinct character is summed at its first occurrence and its count cleared there.
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    const count = counts[code]!;
    if (count === 0) continue;
    const p = count / length;
    bits -= p * Math.log2(p);
    counts[code] = 0;
  }
  return bits;
}
