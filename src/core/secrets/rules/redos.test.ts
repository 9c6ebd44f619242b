import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { RULES } from './index.js';

// recheck proves each pattern free of super-linear backtracking (its automaton checker, with a
// fuzzer as fallback); a rule that fails here could stall a scan on a crafted line.
describe('rule patterns are free of catastrophic backtracking', () => {
  it.each(RULES.map((rule) => [rule.id, rule.pattern] as const))('%s', async (_id, pattern) => {
    const result = await check(pattern.source, pattern.flags.replace(/[gyd]/g, ''), { timeout: 20_000 });
    expect(result.status, JSON.stringify(result.status === 'vulnerable' ? result.attack : result)).toBe(
      'safe',
    );
  });
});
