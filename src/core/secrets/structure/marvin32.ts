function rotl(value: number, bits: number): number {
  return ((value << bits) | (value >>> (32 - bits))) >>> 0;
}

/**
 * Marvin32, the seeded hash Microsoft uses for the checksums in its identifiable keys (Azure
 * account keys, Entra ID client secrets, Azure DevOps PATs). Returns the 32-bit folded hash,
 * as `Marvin.ComputeHash32` does, as an unsigned number.
 */
export function marvin32(data: Uint8Array, seed: bigint): number {
  let p0 = Number(seed & 0xffffffffn) >>> 0;
  let p1 = Number((seed >> 32n) & 0xffffffffn) >>> 0;
  const block = (): void => {
    p1 = (p1 ^ p0) >>> 0;
    p0 = rotl(p0, 20);
    p0 = (p0 + p1) >>> 0;
    p1 = rotl(p1, 9);
    p1 = (p1 ^ p0) >>> 0;
    p0 = rotl(p0, 27);
    p0 = (p0 + p1) >>> 0;
    p1 = rotl(p1, 19);
  };
  let i = 0;
  for (; i + 4 <= data.length; i += 4) {
    const word = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) >>> 0;
    p0 = (p0 + word) >>> 0;
    block();
  }
  // The last 0-3 bytes, followed by a 0x80 marker byte, make the final little-endian word.
  let final = 0x80;
  for (let j = data.length - 1; j >= i; j--) final = ((final << 8) | data[j]!) >>> 0;
  p0 = (p0 + final) >>> 0;
  block();
  block();
  return (p0 ^ p1) >>> 0;
}
