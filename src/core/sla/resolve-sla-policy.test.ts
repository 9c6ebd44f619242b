import { describe, expect, it } from 'vitest';
import { parseSecurityMd } from '../security-md/parse-security-md.js';
import { resolveSlaPolicy } from './resolve-sla-policy.js';
import { type SlaConfigInput, slaConfigSchema } from './sla-config.schema.js';
import type { SlaPolicy, SlaTarget } from './sla-types.js';

const config = (input: SlaConfigInput) => slaConfigSchema.parse(input);
const promises = (markdown: string) => parseSecurityMd(markdown).promises;
const show = (target: SlaTarget | null) =>
  target
    ? `${target.amount} ${target.unit}${target.from === 'report' ? '' : ` from ${target.from}`} (${target.source})`
    : null;

function pick(policy: SlaPolicy, path: string): string | null {
  const [stage, severity] = path.split('.') as [keyof SlaPolicy, string | undefined];
  if (stage === 'fix') return show(policy.fix[(severity ?? 'default') as keyof SlaPolicy['fix']]);
  return show(policy[stage] as SlaTarget | null);
}

// SECURITY.md first, then config, then the preset, then the defaults.
describe('resolveSlaPolicy precedence', () => {
  it.each([
    ['defaults alone', {}, 'acknowledge', '3 business_days (default)'],
    ['defaults alone', {}, 'triage', '10 business_days (default)'],
    ['defaults alone', {}, 'fix.critical', '14 days (default)'],
    ['defaults alone', {}, 'fix.low', '90 days (default)'],
    ['defaults alone', {}, 'fix.default', null],
    ['defaults alone', {}, 'disclose', '90 days (default)'],
    [
      'config over defaults',
      { config: config({ targets: { acknowledge: { value: 1, unit: 'business_days' } } }) },
      'acknowledge',
      '1 business_days (config)',
    ],
    [
      'SECURITY.md over config',
      {
        promises: promises('We respond within 48 hours.'),
        config: config({ targets: { acknowledge: { value: 1, unit: 'business_days' } } }),
      },
      'acknowledge',
      '48 hours (security-md)',
    ],
    [
      'preset over defaults',
      { config: config({ preset: 'hackerone' }) },
      'acknowledge',
      '5 business_days (preset:hackerone)',
    ],
    [
      'hackerone triage',
      { config: config({ preset: 'hackerone' }) },
      'triage',
      '10 business_days (preset:hackerone)',
    ],
    [
      'hackerone disclose',
      { config: config({ preset: 'hackerone' }) },
      'disclose',
      '30 days from fix (preset:hackerone)',
    ],
    [
      'hackerone keeps default fixes',
      { config: config({ preset: 'hackerone' }) },
      'fix.high',
      '30 days (default)',
    ],
    ['cert disclose', { config: config({ preset: 'cert' }) }, 'disclose', '45 days (preset:cert)'],
    [
      'config over preset',
      { config: config({ preset: 'cert', targets: { disclose: { value: 60 } } }) },
      'disclose',
      '60 days (config)',
    ],
    [
      "SECURITY.md's catch-all fix target over a configured severity",
      {
        promises: promises('We fix every vulnerability within 30 days.'),
        config: config({ targets: { fix: { critical: { value: 7 } } } }),
      },
      'fix.critical',
      '30 days (security-md)',
    ],
    [
      "SECURITY.md's own severity over its catch-all",
      { promises: promises('Critical vulnerabilities within 7 days, others within 90 days.') },
      'fix.critical',
      '7 days (security-md)',
    ],
    [
      "SECURITY.md's others for the remaining severities",
      { promises: promises('Critical vulnerabilities within 7 days, others within 90 days.') },
      'fix.low',
      '90 days (security-md)',
    ],
    [
      'config default fix for severity-less advisories',
      { config: config({ targets: { fix: { default: { value: 45 } } } }) },
      'fix.default',
      '45 days (config)',
    ],
    [
      'config default fix over default severities',
      { config: config({ targets: { fix: { default: { value: 45 } } } }) },
      'fix.high',
      '45 days (config)',
    ],
    ['config turns a stage off', { config: config({ targets: { disclose: null } }) }, 'disclose', null],
    [
      'SECURITY.md still sets a stage config turns off',
      { promises: promises('We disclose within 30 days.'), config: config({ targets: { disclose: null } }) },
      'disclose',
      '30 days (security-md)',
    ],
    [
      'a stage counted from triage',
      { promises: promises('A fix within 30 days of triage.') },
      'fix.default',
      '30 days from triage (security-md)',
    ],
    [
      'an anchor that is not earlier counts from the report',
      { config: config({ targets: { triage: { value: 5, from: 'fix' } } }) },
      'triage',
      '5 days (config)',
    ],
  ] as const)('%s: %s', (_name, sources, path, expected) => {
    expect(pick(resolveSlaPolicy(sources), path)).toBe(expected);
  });

  it('takes the due-soon fraction from config', () => {
    expect(resolveSlaPolicy().dueSoonFraction).toBe(0.25);
    expect(resolveSlaPolicy({ config: config({ due_soon_fraction: 0.1 }) }).dueSoonFraction).toBe(0.1);
  });
});
