import { readFileSync } from 'node:fs';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { patternDigest, RECHECK_OPTIONS, ruleRegexes } from '../redos-proof.js';
import { RULES } from './index.js';

// Each pattern, and each gate, is proven free of super-linear backtracking by recheck. A proof
// is recorded by digest in redos-proofs.json (`npm run verify:redos`); a regex that is new or
// changed has no proof on record and is proven here, so this test fails on any unproven or
// unsafe one. A proof belongs to the regex, not the rule: rules that share a gate share it.
const proofs: Record<string, string> = JSON.parse(
  readFileSync(new URL('./redos-proofs.json', import.meta.url), 'utf8'),
);

describe('rule patterns are free of catastrophic backtracking', () => {
  it.each(ruleRegexes(RULES).map(({ name, regex }) => [name, regex] as const))(
    '%s',
    { timeout: 600_000 },
    async (_name, pattern) => {
      if (proofs[patternDigest(pattern)] !== undefined) return;

      const result = await check(pattern.source, pattern.flags.replace(/[gyd]/g, ''), RECHECK_OPTIONS);

      expect(
        result.status,
        result.status === 'vulnerable' ? `attack: ${result.attack.pattern}` : JSON.stringify(result),
      ).toBe('safe');
    },
  );
});
