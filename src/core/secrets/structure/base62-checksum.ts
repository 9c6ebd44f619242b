import { crc32 } from 'node:zlib';
import type { StructureVerdict } from '../secret-rule.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `value` in base 62 (digits, upper, lower), left-padded with `0` to `width`. */
export function toBase62(value: number, width: number): string {
  let out = '';
  let rest = value;
  while (rest > 0) {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, '0');
}

/** The 6-character CRC32 checksum GitHub and npm append to the random part of their tokens. */
export function base62Crc32(body: string): string {
  return toBase62(crc32(body), 6);
}

/**
 * Whether `token` ends in the CRC32 checksum of the `bodyLength` characters after `prefix`,
 * as GitHub (`ghp_`, `gho_`, ...) and npm (`npm_`) tokens do.
 */
export function hasBase62Checksum(token: string, prefix: string, bodyLength: number): boolean {
  const body = token.slice(prefix.length, prefix.length + bodyLength);
  const checksum = token.slice(prefix.length + bodyLength, prefix.length + bodyLength + 6);
  return checksum.length === 6 && base62Crc32(body) === checksum;
}

/**
 * The verdict on a GitHub or npm token: 30 random characters after `prefix`, then their
 * checksum. Both services put it in every such token and check it before anything else, so a
 * token whose checksum fails was never issued (a hand-made fixture, a typo, a look-alike).
 */
export function issuedTokenVerdict(prefix: string): (token: string) => StructureVerdict {
  return (token) => (hasBase62Checksum(token, prefix, 30) ? 'confirmed' : 'rejected');
}
