import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { RULES } from './index.js';

// recheck proves each pattern free of super-linear backtracking (its automaton checker, with a
// fuzzer as fallback); a rule that fails here could stall a scan on a crafted line.
describe('rule patterns are free of catastrophic backtracking', () => {
  it.each(RULES.map((rule) => [rule.id, rule.pattern] as const))('%s', async (_id, pattern) => {
    // Step limits, not wall-clock limits, bound the fuzzer, so a loaded machine cannot turn a
    // slow run into a false "vulnerable"; the seed makes every run check the same strings.
    const result = await check(pattern.source, pattern.flags.replace(/[gyd]/g, ''), {
      timeout: null,
      attackTimeout: null,
      incubationTimeout: null,
      randomSeed: 42,
    });
    expect(result.status, JSON.stringify(result.status === 'vulnerable' ? result.attack : result)).toBe(
      'safe',
    );
  });
});
