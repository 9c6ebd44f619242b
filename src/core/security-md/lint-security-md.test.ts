import { describe, expect, it } from 'vitest';
import { lintSecurityMd } from './lint-security-md.js';
import { parseSecurityMd } from './parse-security-md.js';

function lint(markdown: string, facts = {}) {
  return lintSecurityMd(parseSecurityMd(markdown), facts).map((f) => ({
    id: f.id,
    severity: f.severity,
    line: f.line,
  }));
}

const TIMELINE = 'We acknowledge reports within 3 business days.';

describe('lintSecurityMd', () => {
  it.each([
    ['a clean policy', `Report privately to security@acme.io.\n\n${TIMELINE}`, {}, []],
    [
      'no channel at all',
      `## Reporting\n\nTell us about it.\n\n${TIMELINE}`,
      {},
      [{ id: 'no-private-channel', severity: 'error', line: 1 }],
    ],
    [
      'only public issues',
      `To report a vulnerability, please open an issue.\n\n${TIMELINE}`,
      {},
      [{ id: 'only-public-issues', severity: 'error', line: 1 }],
    ],
    [
      'public issues negated, e-mail given',
      `Do not open an issue; email security@acme.io.\n\n${TIMELINE}`,
      {},
      [],
    ],
    [
      'a placeholder contact',
      `Email: [Your Security Email]\n\n${TIMELINE}`,
      {},
      [
        { id: 'placeholder-contact', severity: 'error', line: 1 },
        { id: 'no-private-channel', severity: 'error', line: undefined },
      ],
    ],
    [
      'template text next to a real channel',
      `Use this section to tell people how to report a vulnerability.\n\nEmail security@acme.io.\n\n${TIMELINE}`,
      {},
      [{ id: 'template-text', severity: 'warning', line: 1 }],
    ],
    [
      'advisories while private reporting is off',
      `Report it via [GitHub](https://github.com/acme/app/security/advisories/new).\n\n${TIMELINE}`,
      { privateVulnerabilityReporting: false },
      [{ id: 'private-reporting-disabled', severity: 'error', line: 1 }],
    ],
    [
      'advisories while private reporting is on',
      `Report it via [GitHub](https://github.com/acme/app/security/advisories/new).\n\n${TIMELINE}`,
      { privateVulnerabilityReporting: true },
      [],
    ],
    [
      'advisories off but an e-mail as well',
      `Use private vulnerability reporting or email security@acme.io.\n\n${TIMELINE}`,
      { privateVulnerabilityReporting: false },
      [{ id: 'private-reporting-disabled', severity: 'error', line: 1 }],
    ],
    [
      'two acknowledge times',
      'Email security@acme.io.\n\nWe acknowledge within 48 hours.\n\nWe aim to respond within 24 hours.',
      {},
      [{ id: 'conflicting-targets', severity: 'warning', line: 5 }],
    ],
    [
      'the same time said twice',
      'Email security@acme.io.\n\nWe acknowledge within 48 hours.\n\nWe respond within 2 days.',
      {},
      [],
    ],
    [
      'acknowledging after the fix',
      'Email security@acme.io.\n\nWe acknowledge within 10 days.\n\nWe fix within 7 days.',
      {},
      [{ id: 'targets-out-of-order', severity: 'warning', line: 3 }],
    ],
    [
      'triage in business days that may end after a calendar fix',
      // 5 business days span at most 5 + 2 + 2 = 9 calendar days; 8 days could be earlier: reported? No:
      // the earliest end (5 days) is before the fix (8 days), so the promises can both hold.
      'Email security@acme.io.\n\nWe triage within 5 business days.\n\nWe fix within 8 days.',
      {},
      [],
    ],
    [
      'a critical fix slower than a low one',
      'Email security@acme.io.\n\nWe acknowledge within 1 day. Critical issues are fixed within 90 days, low within 30 days.',
      {},
      [{ id: 'targets-out-of-order', severity: 'warning', line: 3 }],
    ],
    [
      'no promises',
      'Email security@acme.io.',
      {},
      [{ id: 'no-response-targets', severity: 'notice', line: undefined }],
    ],
  ] as const)('%s', (_name, markdown, facts, expected) => {
    expect(lint(markdown, facts)).toEqual(expected);
  });

  it('says how to fix each finding', () => {
    const findings = lintSecurityMd(parseSecurityMd('Email: [Your Security Email]'));

    for (const finding of findings) {
      expect(finding.fix.length).toBeGreaterThan(20);
      expect(finding.message.length).toBeGreaterThan(20);
    }
    expect(findings.find((f) => f.id === 'placeholder-contact')?.fix).toContain('[Your Security Email]');
  });
});
