/** Bech32 (BIP 173): a human-readable part, `1`, then 5-bit groups ending in a 6-group checksum. */
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let checksum = 1;
  for (const value of values) {
    const top = checksum >>> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) checksum ^= GENERATOR[i] as number;
  }
  return checksum;
}

function expandHrp(hrp: string): number[] {
  const codes = [...hrp].map((ch) => ch.charCodeAt(0));
  return [...codes.map((code) => code >> 5), 0, ...codes.map((code) => code & 31)];
}

/**
 * Whether `value` (one case throughout, as age writes `AGE-SECRET-KEY-1…`) carries a valid bech32
 * checksum. The human-readable part is everything before the last `1`; no length limit applies.
 */
export function hasBech32Checksum(value: string): boolean {
  const lower = value.toLowerCase();
  const separator = lower.lastIndexOf('1');
  if (separator < 1 || lower.length - separator - 1 < 6) return false;
  const data: number[] = [];
  for (const ch of lower.slice(separator + 1)) {
    const index = CHARSET.indexOf(ch);
    if (index === -1) return false;
    data.push(index);
  }
  return polymod([...expandHrp(lower.slice(0, separator)), ...data]) === 1;
}

/** Bech32 of `bytes` under `hrp`, lower case: how age encodes keys. Used to make true positives. */
export function bech32Encode(hrp: string, bytes: Uint8Array): string {
  const data: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((buffer >> bits) & 31);
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) data.push((buffer << (5 - bits)) & 31);
  const mod = polymod([...expandHrp(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  for (let i = 0; i < 6; i++) data.push((mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${data.map((index) => CHARSET[index]).join('')}`;
}
