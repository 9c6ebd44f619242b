import { describe, expect, it } from 'vitest';
import { findPromises, promisesInSentence } from './find-promises.js';
import { parseMarkdownDocument } from './parse-markdown-document.js';

const context = { line: () => 1, headings: [] };

/** [stage, severity, amount, unit, from] of each promise, for compact tables. */
function summarise(sentence: string): [string, string | null, number, string, string][] {
  // Escalation conditions are kept here and only filtered out by findPromises.
  return promisesInSentence(sentence, context).map((p) => [p.stage, p.severity, p.amount, p.unit, p.from]);
}

describe('promisesInSentence reads each promise phrasing', () => {
  it.each([
    ['We will respond within 24 hours.', [['acknowledge', null, 24, 'hours', 'report']]],
    ['We acknowledge reports within 3 business days.', [['acknowledge', null, 3, 'business_days', 'report']]],
    ['You should receive a response within 48 hours.', [['acknowledge', null, 48, 'hours', 'report']]],
    ['Acknowledgment: Within 24 hours', [['acknowledge', null, 24, 'hours', 'report']]],
    ['Initial Response: Within 48 hours of report', [['acknowledge', null, 48, 'hours', 'report']]],
    ['We will confirm receipt within 48h.', [['acknowledge', null, 48, 'hours', 'report']]],
    ['Expect an initial reply within one week.', [['acknowledge', null, 7, 'days', 'report']]],
    ['We aim to get back to you within two weeks.', [['acknowledge', null, 14, 'days', 'report']]],
    ['We respond within 1-2 business days.', [['acknowledge', null, 2, 'business_days', 'report']]],
    ['We reply within two (2) working days.', [['acknowledge', null, 2, 'business_days', 'report']]],
    ['We answer by the next business day.', [['acknowledge', null, 1, 'business_days', 'report']]],
    ['Within 72 hours you will receive a response.', [['acknowledge', null, 72, 'hours', 'report']]],
    ['We acknowledge within 8 business hours.', [['acknowledge', null, 8, 'business_hours', 'report']]],
    ['We triage reports within 10 working days.', [['triage', null, 10, 'business_days', 'report']]],
    ['Initial Assessment: Within 72 hours', [['triage', null, 72, 'hours', 'report']]],
    ['We will assess the report within 5 weekdays.', [['triage', null, 5, 'business_days', 'report']]],
    [
      'We will send a more detailed response within 48 hours indicating the next steps.',
      [['triage', null, 48, 'hours', 'report']],
    ],
    ['A fix within 90 days.', [['fix', null, 90, 'days', 'report']]],
    ['We aim to release a fix within 30 days of triage.', [['fix', null, 30, 'days', 'triage']]],
    ['Patches ship within a month.', [['fix', null, 30, 'days', 'report']]],
    ['Critical issues within 7 days.', [['fix', 'critical', 7, 'days', 'report']]],
    ['Security Update: Within 7 days for critical issues', [['fix', 'critical', 7, 'days', 'report']]],
    [
      'Release: Critical vulnerabilities within 30 days, others within 90 days',
      [
        ['fix', 'critical', 30, 'days', 'report'],
        ['fix', 'default', 90, 'days', 'report'],
      ],
    ],
    [
      'We aim to ship a fix within 14 days for critical issues, 30 days for high, 60 days for medium and 90 days for low severity.',
      [
        ['fix', 'critical', 14, 'days', 'report'],
        ['fix', 'high', 30, 'days', 'report'],
        ['fix', 'medium', 60, 'days', 'report'],
        ['fix', 'low', 90, 'days', 'report'],
      ],
    ],
    [
      'High and critical issues are patched within 7 days.',
      [
        ['fix', 'high', 7, 'days', 'report'],
        ['fix', 'critical', 7, 'days', 'report'],
      ],
    ],
    ['Moderate findings are fixed within 60 days.', [['fix', 'medium', 60, 'days', 'report']]],
    ['We aim to disclose within 90 days.', [['disclose', null, 90, 'days', 'report']]],
    ['We follow a 90-day disclosure policy.', [['disclose', null, 90, 'days', 'report']]],
    [
      'We publish an advisory within 7 days after the fix is released.',
      [['disclose', null, 7, 'days', 'fix']],
    ],
    [
      'We acknowledge within 2 days, triage within 5 days and fix within 30 days.',
      [
        ['acknowledge', null, 2, 'days', 'report'],
        ['triage', null, 5, 'days', 'report'],
        ['fix', null, 30, 'days', 'report'],
      ],
    ],
    ['We respond within twenty-four hours.', [['acknowledge', null, 24, 'hours', 'report']]],
    // Phrasings from real SECURITY.md files:
    ['Security issues are typically addressed within 14 days.', [['fix', null, 14, 'days', 'report']]],
    ['Please allow up to 90 days for a fix.', [['fix', null, 90, 'days', 'report']]],
    ['We fix issues within 14 days from the date of the report.', [['fix', null, 14, 'days', 'report']]],
    ['We respond within 2 days of us receiving it.', [['acknowledge', null, 2, 'days', 'report']]],
    ['If confirmed, we will release a patch within 30 days.', [['fix', null, 30, 'days', 'report']]],
    ['- 48 hours: initial acknowledgement', [['acknowledge', null, 48, 'hours', 'report']]],
    ['Expect to hear from us within 3 days.', [['acknowledge', null, 3, 'days', 'report']]],
    [
      "Your report will be acknowledged within 5 days, and you'll receive a more detailed response to your report within 10 days indicating the next steps in handling your submission.",
      [
        ['acknowledge', null, 5, 'days', 'report'],
        ['triage', null, 10, 'days', 'report'],
      ],
    ],
    [
      'You should receive a response within 24 hours. If for some reason you do not, please follow up via email.',
      [['acknowledge', null, 24, 'hours', 'report']],
    ],
    [
      'We aim to acknowledge receipt of your vulnerability report within 2-3 business days and will work with you to understand and remediate the issue.',
      [['acknowledge', null, 3, 'business_days', 'report']],
    ],
    [
      'Resolution: We aim to resolve critical vulnerabilities within 30 days of initial report.',
      [['fix', 'critical', 30, 'days', 'report']],
    ],
    [
      'Fix or mitigation plan within 14 business days for confirmed, high-severity issues',
      [['fix', 'high', 14, 'business_days', 'report']],
    ],
    [
      'Public Disclosure: Coordinated with reporter, typically 90 days after fix',
      [['disclose', null, 90, 'days', 'fix']],
    ],
    [
      'We will acknowledge receipt of your vulnerability report within 48 hours and provide a detailed response within 7 days.',
      [
        ['acknowledge', null, 48, 'hours', 'report'],
        ['triage', null, 7, 'days', 'report'],
      ],
    ],
    [
      'Public disclosure → 90 days after initial report, or upon patch release',
      [['disclose', null, 90, 'days', 'report']],
    ],
    [
      'This bug report will become public 30 days after the fix was made available.',
      [['disclose', null, 30, 'days', 'fix']],
    ],
    [
      'Timeline: We aim to release fixes for confirmed vulnerabilities within 90 days',
      [['fix', null, 90, 'days', 'report']],
    ],
  ] as const)('%s', (sentence, expected) => {
    expect(summarise(sentence)).toEqual(expected);
  });
});

describe('promisesInSentence skips what is not a promise', () => {
  it.each([
    'We provide updates every 72 hours until resolved.',
    'Versions released in the last 6 months are supported.',
    'Tokens expire after 1 hour.',
    'Rate limiting per user (60 req/60s).',
    'This policy was last updated 3 days ago.',
    'Health checks must answer in <100ms.',
    'Backups are kept for 30 days.',
    'Status Updates: Every 7 days until resolution',
    '24/7 security monitoring',
    'Exit code 124 on timeout, default 60s',
    'Send it to our email address within the project.',
  ])('%s', (sentence) => {
    expect(promisesInSentence(sentence, context)).toEqual([]);
  });
});

describe('findPromises', () => {
  it('reads a severity table column by column, with line numbers', () => {
    const markdown = [
      '## Response times', // line 1
      '',
      '| Severity | Acknowledge | Fix |', // 3
      '| --- | --- | --- |',
      '| Critical | 24 hours | 7 days |', // 5
      '| Low | 3 business days | 90 days |', // 6
    ].join('\n');

    const promises = findPromises(parseMarkdownDocument(markdown));

    expect(promises.map((p) => [p.line, p.stage, p.severity, p.amount, p.unit])).toEqual([
      [5, 'acknowledge', 'critical', 24, 'hours'],
      [5, 'fix', 'critical', 7, 'days'],
      [6, 'acknowledge', 'low', 3, 'business_days'],
      [6, 'fix', 'low', 90, 'days'],
    ]);
  });

  it('finds the severity in any cell of the row, and skips cadence columns', () => {
    const markdown = [
      '| Score | Severity | Initial Response | Status Update | Resolution Target |',
      '| --- | --- | --- | --- | --- |',
      '| 9.0-10.0 | Critical | 24 hours | Every 48 hours | 7 days |', // line 3
      '| 4.0-6.9 | Medium | 5 business days | Bi-weekly | 60 days |', // line 4
    ].join('\n');

    const promises = findPromises(parseMarkdownDocument(markdown));

    expect(promises.map((p) => [p.line, p.stage, p.severity, p.amount, p.unit])).toEqual([
      [3, 'acknowledge', 'critical', 24, 'hours'],
      [3, 'fix', 'critical', 7, 'days'],
      [4, 'acknowledge', 'medium', 5, 'business_days'],
      [4, 'fix', 'medium', 60, 'days'],
    ]);
  });

  it('reads a "Response Time" column that runs to months as fix targets', () => {
    const markdown = [
      '| Severity | Response Time | Example |',
      '|----------|--------------|---------|',
      '| Critical | 24 hours | Remote code execution |',
      '| Low | 90 days | Best practice violations |',
    ].join('\n');

    const promises = findPromises(parseMarkdownDocument(markdown));

    expect(promises.map((p) => [p.stage, p.severity, p.amount])).toEqual([
      ['fix', 'critical', 24],
      ['fix', 'low', 90],
    ]);
  });

  it('takes the stage from the heading when the list names only a time', () => {
    const markdown = ['### Acknowledgement', '', 'Within 2 business days.'].join('\n');

    const promises = findPromises(parseMarkdownDocument(markdown));

    expect(promises.map((p) => [p.line, p.stage, p.amount, p.unit])).toEqual([
      [3, 'acknowledge', 2, 'business_days'],
    ]);
  });

  it('reads a wrapped paragraph and reports the line the duration is on', () => {
    const markdown = [
      'We take reports seriously and will',
      'acknowledge them within',
      '3 business days.',
    ].join('\n');

    const promises = findPromises(parseMarkdownDocument(markdown));

    expect(promises.map((p) => [p.line, p.stage])).toEqual([[3, 'acknowledge']]);
  });

  it("reads Node.js's policy: escalation conditions and unknown starting points are no promises", () => {
    const markdown = [
      'Normally, your report will be acknowledged within 5 days, and you will receive', // line 1
      'a more detailed response to your report within 10 days indicating the next steps.', // 2
      '',
      'If you do not receive an acknowledgement of your report within 6 business', // 4
      'days, you may escalate to the OpenJS Foundation CNA.',
      '',
      'If the project acknowledges your report but does not provide any further',
      'response or engagement within 14 days, escalation is also appropriate.',
      '',
      '* Within 6 hours of the mailing list being notified, a copy of the advisory will be published.',
      '* Typically, the embargo date will be set 72 hours from the time the CVE is issued.',
    ].join('\n');

    const promises = findPromises(parseMarkdownDocument(markdown));

    expect(promises.map((p) => [p.line, p.stage, p.amount, p.unit])).toEqual([
      [1, 'acknowledge', 5, 'days'],
      [2, 'triage', 10, 'days'],
    ]);
  });

  it('uses an escalation condition when nothing else states the stage', () => {
    const markdown = 'If you have not received a reply within 48 hours, please email security@acme.io.';

    const promises = findPromises(parseMarkdownDocument(markdown));

    expect(promises.map((p) => [p.stage, p.amount, p.unit])).toEqual([['acknowledge', 48, 'hours']]);
  });

  it('ignores code blocks and HTML comments', () => {
    const markdown = [
      '```',
      'respond within 1 hour',
      '```',
      '<!-- We fix within 2 days -->',
      '<!--',
      'disclose within 3 days',
      '-->',
      'We disclose within 90 days.',
    ].join('\n');

    const promises = findPromises(parseMarkdownDocument(markdown));

    expect(promises.map((p) => [p.line, p.stage, p.amount])).toEqual([[8, 'disclose', 90]]);
  });
});
