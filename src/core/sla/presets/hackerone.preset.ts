import type { SlaPreset } from './sla-preset.js';

/**
 * HackerOne's response standards, the maximum response times it holds programs to: time to
 * first response 5 business days and time to triage 10 business days, both counted from
 * submission (HackerOne docs, "Response Target Indicators" and "Response Target Metrics",
 * https://docs.hackerone.com/organizations/response-target-metrics.html). HackerOne counts
 * business days as Monday to Friday *including* holidays: leave `holidays` empty to match it.
 * Disclosure: a resolved report is disclosed within 30 days of a disclosure request
 * (https://docs.hackerone.com/organizations/disclosure.html), read here as 30 days from the fix.
 * HackerOne sets no fix standard, so fix targets stay Warden's defaults.
 */
export const hackeronePreset: SlaPreset = {
  id: 'hackerone',
  targets: {
    acknowledge: { amount: 5, unit: 'business_days', from: 'report' },
    triage: { amount: 10, unit: 'business_days', from: 'report' },
    disclose: { amount: 30, unit: 'days', from: 'fix' },
  },
};
