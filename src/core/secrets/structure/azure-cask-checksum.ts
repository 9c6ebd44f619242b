import { marvin32 } from './marvin32.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** The seed of Microsoft's common annotated security keys: the bytes of `Default0`. */
const CASK_SEED = 0x44656661756c7430n;

/**
 * The 4-character checksum that follows the first 80 characters of a Microsoft common annotated
 * security key (the 84-character Azure DevOps PATs with `JQQJ` at 52 and `AZDO` at 76, Azure AI
 * services keys with `ACOG`): Marvin32 of the 60 decoded bytes, its little-endian bytes written
 * in base 62.
 */
export function caskChecksum(first80: string): string {
  const hash = marvin32(Buffer.from(first80, 'base64'), CASK_SEED);
  const bytes = [hash & 0xff, (hash >>> 8) & 0xff, (hash >>> 16) & 0xff, hash >>> 24];
  let value = 0n;
  for (const byte of bytes) value = value * 256n + BigInt(byte);
  let digits = '';
  for (; value > 0n; value /= 62n) digits = BASE62[Number(value % 62n)] + digits;
  let leadingZeros = 0;
  while (leadingZeros < 3 && bytes[leadingZeros] === 0) leadingZeros++;
  return ('0'.repeat(leadingZeros) + (digits || '0')).padEnd(6, '0').slice(0, 4);
}
