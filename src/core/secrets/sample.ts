import { randomInt } from 'node:crypto';

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

/** `length` random characters from `alphabet`. */
export function randomString(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/**
 * A random token: `prefix` followed by `length` characters of `alphabet`. Used by rules to make
 * true positives at test time (gitleaks `secrets.NewSecret`), so none is committed to git.
 */
export function sample(prefix: string, alphabet: string, length: number): string {
  return prefix + randomString(alphabet, length);
}
