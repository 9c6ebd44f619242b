import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLICIES } from './index.js';

interface Example {
  description: string;
  config: unknown;
  state: any;
  expect: {
    pass: boolean;
    findings: string[];
    state?: string;
    tiers?: Record<string, string | null>;
    plan: unknown[];
  };
}

function examples(policyId: string, kind: 'pass' | 'fail'): Array<[string, Example]> {
  const folder = new URL(`./${policyId}/examples/${kind}/`, import.meta.url);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file, JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as Example]);
}

describe.each(Object.entries(POLICIES))('policy %s', (id, policy) => {
  it('keeps pass and fail examples', () => {
    expect(examples(id, 'pass').length).toBeGreaterThan(0);
    expect(examples(id, 'fail').length).toBeGreaterThan(0);
  });

  it.each([...examples(id, 'pass'), ...examples(id, 'fail')])('%s', (_file, example) => {
    const config = policy.configSchema.parse(example.config);

    const result = policy.check(example.state, config);
    const plan = policy.plan(example.state, config);

    expect(result.pass, example.description).toBe(example.expect.pass);
    expect(result.findings.map((finding) => finding.requirement)).toEqual(example.expect.findings);
    expect(result.state?.kind).toBe(example.expect.state);
    for (const finding of result.findings) {
      expect(finding.fix.length, finding.requirement).toBeGreaterThan(10);
      expect(finding.evidence.length, finding.requirement).toBeGreaterThan(5);
    }
    if (example.expect.tiers) {
      const branches = result.details.branches as Record<string, { tier: string | null }>;
      expect(Object.fromEntries(Object.entries(branches).map(([name, b]) => [name, b.tier]))).toEqual(
        example.expect.tiers,
      );
    }
    expect(plan).toEqual(example.expect.plan);
  });
});
