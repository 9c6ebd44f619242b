import { createHash } from 'node:crypto';
import type { SecretRule } from './secret-rule.js';

/** The recheck options every proof uses: step limits, a fixed seed, no wall-clock limits. */
export const RECHECK_OPTIONS = {
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  randomSeed: 42,
} as const;

/** A regex a rule runs, named for reports: its pattern, and its gate when it has one. */
export interface RuleRegex {
  ruleId: string;
  name: string;
  regex: RegExp;
}

/** Every regex the rules run, each of which needs a proof. */
export function ruleRegexes(rules: readonly SecretRule[]): RuleRegex[] {
  return rules.flatMap((rule) => [
    { ruleId: rule.id, name: rule.id, regex: rule.pattern },
    ...(rule.gate ? [{ ruleId: rule.id, name: `${rule.id} (gate)`, regex: rule.gate }] : []),
  ]);
}

/** The identity of a pattern for its proof: any change to source or flags needs a new proof. */
export function patternDigest(pattern: RegExp): string {
  const flags = pattern.flags.replace(/[gyd]/g, '');
  return createHash('sha256').update(`${pattern.source}\u0000${flags}`).digest('hex').slice(0, 32);
}
