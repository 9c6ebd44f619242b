import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import * as patterns from './patterns.js';

const ALL = Object.entries(patterns).filter((entry): entry is [string, RegExp] => entry[1] instanceof RegExp);

// recheck proves each pattern free of super-linear backtracking (automaton checker, fuzzing as
// the fallback for lookbehinds): a pattern failing here could stall the parser on a crafted file.
describe('SECURITY.md patterns are free of catastrophic backtracking', () => {
  it('covers every exported pattern', () => {
    expect(ALL.length).toBeGreaterThan(30);
  });

  // Step limits rather than wall-clock limits bound recheck, so a loaded machine cannot turn a
  // slow run into "vulnerable" or "unknown"; the seed makes every run try the same strings.
  it.each(ALL)('%s', { timeout: 150_000 }, async (_name, pattern) => {
    const result = await check(pattern.source, pattern.flags.replace(/[gyd]/g, ''), {
      timeout: null,
      attackTimeout: null,
      incubationTimeout: null,
      randomSeed: 42,
    });

    expect(
      result.status,
      result.status === 'vulnerable' ? result.attack.pattern : JSON.stringify(result),
    ).toBe('safe');
  });
});
