import { marvin32 } from './marvin32.js';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890.-_~';
const SEED = 0x4161645077643030n;

/**
 * The 3-character checksum that ends a current-format (`8Q~`) Microsoft Entra ID client secret:
 * Marvin32 of the characters before it, written in the secret's own 66-character alphabet.
 */
export function entraSecretChecksum(textBeforeChecksum: string): string {
  let value = marvin32(Buffer.from(textBeforeChecksum, 'latin1'), SEED);
  let encoded = '';
  for (; value > 0; value = Math.floor(value / ALPHABET.length))
    encoded = ALPHABET[value % ALPHABET.length] + encoded;
  return encoded.padStart(6, ALPHABET[0]).slice(0, 3);
}
