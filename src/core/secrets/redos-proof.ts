import { createHash } from 'node:crypto';

/** The recheck options every proof uses: step limits, a fixed seed, no wall-clock limits. */
export const RECHECK_OPTIONS = {
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  randomSeed: 42,
} as const;

/** The identity of a pattern for its proof: any change to source or flags needs a new proof. */
export function patternDigest(pattern: RegExp): string {
  const flags = pattern.flags.replace(/[gyd]/g, '');
  return createHash('sha256').update(`${pattern.source}\u0000${flags}`).digest('hex').slice(0, 32);
}
