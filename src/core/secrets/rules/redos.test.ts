import { readFileSync } from 'node:fs';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { patternDigest, RECHECK_OPTIONS } from '../redos-proof.js';
import { RULES } from './index.js';

// Each pattern is proven free of super-linear backtracking by recheck. A proof is recorded by
// digest in redos-proofs.json (`npm run verify:redos`); a pattern that is new or changed has no
// proof on record and is proven here, so this test fails on any unproven or unsafe pattern.
const proofs: Record<string, string> = JSON.parse(
  readFileSync(new URL('./redos-proofs.json', import.meta.url), 'utf8'),
);

describe('rule patterns are free of catastrophic backtracking', () => {
  it.each(RULES.map((rule) => [rule.id, rule.pattern] as const))(
    '%s',
    { timeout: 600_000 },
    async (id, pattern) => {
      if (proofs[patternDigest(pattern)] === id) return;

      const result = await check(pattern.source, pattern.flags.replace(/[gyd]/g, ''), RECHECK_OPTIONS);

      expect(
        result.status,
        result.status === 'vulnerable' ? `attack: ${result.attack.pattern}` : JSON.stringify(result),
      ).toBe('safe');
    },
  );
});
