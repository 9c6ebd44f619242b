import { randomInt } from 'node:crypto';
import { isPlaceholder } from './placeholder.js';
import { base62Crc32 } from './structure/base62-checksum.js';
import { shannonEntropy } from './structure/entropy.js';

/** Character sets for generating example tokens at test time. */
export const ALPHA_LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const ALPHA_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const DIGITS = '0123456789';
export const ALNUM = ALPHA_UPPER + ALPHA_LOWER + DIGITS;
export const ALNUM_LOWER = ALPHA_LOWER + DIGITS;
export const ALNUM_UPPER = ALPHA_UPPER + DIGITS;
export const HEX = '0123456789abcdef';
export const HEX_UPPER = '0123456789ABCDEF';
export const BASE64 = `${ALNUM}+/`;
export const BASE64URL = `${ALNUM}-_`;

/**
 * `length` random characters from `alphabet`, as random as a real token: a draw whose entropy
 * falls well below what such a string usually has, or that happens to spell a placeholder
 * (`…TODO…`, `12345678`), is drawn again, so generated true positives never fail a rule's
 * entropy floor or the placeholder filter by chance.
 */
export function randomString(alphabet: string, length: number): string {
  const typical = Math.min(Math.log2(alphabet.length), Math.log2(Math.max(length, 2)));
  for (;;) {
    let value = '';
    for (let i = 0; i < length; i++) value += alphabet[randomInt(alphabet.length)];
    if (length < 16) return value;
    if (shannonEntropy(value) >= typical - 0.75 && !isPlaceholder(value)) return value;
  }
}

/**
 * A random token: `prefix` followed by `length` characters of `alphabet`. Used by rules to make
 * true positives at test time (gitleaks `secrets.NewSecret`), so none is committed to git.
 */
export function sample(prefix: string, alphabet: string, length: number): string {
  return prefix + randomString(alphabet, length);
}

/**
 * A GitHub or npm token as those services issue them: `prefix`, 30 random base62 characters and
 * their 6-character base62 CRC32. The scanner drops such tokens when the checksum fails.
 */
export function checksummedToken(prefix: string): string {
  const body = randomString(ALNUM, 30);
  return `${prefix}${body}${base62Crc32(body)}`;
}

/**
 * Like `randomString`, redrawn until its Shannon entropy reaches `minEntropy`: a short random
 * hex string now and then falls under a rule's entropy floor, which would make a generated
 * true positive fail one test run in a few hundred.
 */
export function randomStringWithEntropy(alphabet: string, length: number, minEntropy: number): string {
  for (;;) {
    const value = randomString(alphabet, length);
    if (shannonEntropy(value) >= minEntropy) return value;
  }
}
