import { describe, expect, it } from 'vitest';
import { buildKeywordIndex } from './keyword-index.js';

/** Every keyword occurrence, found the slow and obvious way: `[end, sorted keyword ids]` per end. */
function naiveHits(text: string, keywords: readonly string[]): Map<number, number[]> {
  const lower = text.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
  const byEnd = new Map<number, number[]>();
  keywords.forEach((keyword, id) => {
    for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) {
      const end = at + keyword.length;
      byEnd.set(
        end,
        [...(byEnd.get(end) ?? []), id].sort((a, b) => a - b),
      );
    }
  });
  return byEnd;
}

function indexHits(text: string, keywords: readonly string[]): Map<number, number[]> {
  const index = buildKeywordIndex(keywords);
  const hits = index.findHits(text);
  const byEnd = new Map<number, number[]>();
  let previousEnd = 0;
  for (let i = 0; i < hits.length; i += 2) {
    const end = hits[i]!;
    expect(end).toBeGreaterThan(previousEnd); // in text order, one entry per end
    previousEnd = end;
    byEnd.set(
      end,
      [...index.keywordsIn(hits[i + 1]!)].sort((a, b) => a - b),
    );
  }
  return byEnd;
}

/** A deterministic generator, so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('buildKeywordIndex', () => {
  it('finds every occurrence, overlapping and nested, ASCII-case-insensitively', () => {
    const keywords = ['token', 'ok', 'api_key', 'key', 'k', '://', 'sk_live'];
    const text = 'TOKEN=abc; Api_Key: x; https://h sk_LIVE_k é token';
    expect(indexHits(text, keywords)).toEqual(naiveHits(text, keywords));
  });

  it('matches a slow reference on random texts of every size, across chunk boundaries', () => {
    // Lengths around the walker's chunk (32,768 code units) and around its two-walk split.
    const lengths = [0, 1, 7, 63, 300, 1_000, 32_767, 32_768, 32_769, 65_600, 100_003];
    const alphabet = 'abkoteyn_:/ABKOTEYN\n é€😀'; // non-ASCII and a surrogate pair included
    for (const [seed, length] of lengths.entries()) {
      const next = random(seed + 1);
      const pick = () => alphabet[Math.floor(next() * alphabet.length)]!;
      const keywords = Array.from({ length: 12 }, (_, i) =>
        Array.from({ length: 1 + (i % 6) }, pick)
          .join('')
          .toLowerCase(),
      ).filter((keyword, i, all) => all.indexOf(keyword) === i && keyword.trim() !== '');
      const text = Array.from({ length }, pick).join('');
      expect(indexHits(text, keywords), `seed ${seed + 1}, length ${length}`).toEqual(
        naiveHits(text, keywords),
      );
    }
  });

  it('keeps state across texts apart: each scan starts from the root', () => {
    const keywords = ['token'];
    const index = buildKeywordIndex(keywords);
    expect(index.findHits('tok')).toEqual([]);
    expect(index.findHits('en token')).toEqual([8, expect.any(Number)]);
  });
});
