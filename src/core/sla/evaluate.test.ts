import { describe, expect, it } from 'vitest';
import { parseSecurityMd } from '../security-md/parse-security-md.js';
import { evaluate } from './evaluate.js';
import { formatUtc } from './format-utc.js';
import { resolveSlaPolicy } from './resolve-sla-policy.js';
import type { AdvisoryTimeline, BusinessCalendar, SlaPolicy } from './sla-types.js';

const UTC: BusinessCalendar = { timezone: 'UTC', businessDays: [1, 2, 3, 4, 5], holidays: [] };
// Defaults: acknowledge 3 business days, triage 10 business days, fix critical 14 / high 30 /
// medium 60 / low 90 days, disclose 90 days, due soon at a quarter of the window.
const DEFAULTS = resolveSlaPolicy();

const d = (iso: string): Date => new Date(iso);

function timeline(patch: Partial<AdvisoryTimeline>): AdvisoryTimeline {
  return {
    reportedAt: d('2025-01-06T10:00:00Z'), // a Monday
    severity: 'high',
    acknowledgedAt: null,
    triagedAt: null,
    fixedAt: null,
    publishedAt: null,
    closedAt: null,
    pauses: [],
    ...patch,
  };
}

type Row = [
  stage: string,
  start: string | null,
  due: string | null,
  stoppedAt: string | null,
  status: string,
];

function run(input: AdvisoryTimeline, now: string, policy: SlaPolicy = DEFAULTS, calendar = UTC): Row[] {
  return evaluate(input, policy, calendar, d(now)).map((c) => [
    c.stage,
    formatUtc(c.start),
    formatUtc(c.due),
    formatUtc(c.stoppedAt),
    c.status,
  ]);
}

describe('evaluate against hand-computed timelines', () => {
  it('all stages met', () => {
    const input = timeline({
      acknowledgedAt: d('2025-01-07T09:00:00Z'),
      triagedAt: d('2025-01-10T12:00:00Z'),
      fixedAt: d('2025-01-30T00:00:00Z'),
      publishedAt: d('2025-02-01T00:00:00Z'),
    });

    expect(run(input, '2025-03-01T00:00:00Z')).toEqual([
      // Mon 6 10:00 + 3 business days = Thu 9 10:00.
      ['acknowledge', '2025-01-06T10:00:00Z', '2025-01-09T10:00:00Z', '2025-01-07T09:00:00Z', 'met'],
      // + 10 business days = two weeks = Mon 20 10:00.
      ['triage', '2025-01-06T10:00:00Z', '2025-01-20T10:00:00Z', '2025-01-10T12:00:00Z', 'met'],
      // high: + 30 days = Feb 5 10:00.
      ['fix', '2025-01-06T10:00:00Z', '2025-02-05T10:00:00Z', '2025-01-30T00:00:00Z', 'met'],
      // + 90 days = Apr 6 10:00 (25 + 28 + 31 + 6).
      ['disclose', '2025-01-06T10:00:00Z', '2025-04-06T10:00:00Z', '2025-02-01T00:00:00Z', 'met'],
    ]);
  });

  it('breached, breached then met, and running', () => {
    const input = timeline({
      reportedAt: d('2025-01-10T16:00:00Z'), // a Friday
      severity: 'critical',
      acknowledgedAt: d('2025-01-16T09:00:00Z'),
    });

    expect(run(input, '2025-01-27T12:00:00Z')).toEqual([
      // Fri 16:00 + 3 business days: Mon(1) Tue(2) Wed(3) = Wed 15 16:00; acknowledged Thu.
      [
        'acknowledge',
        '2025-01-10T16:00:00Z',
        '2025-01-15T16:00:00Z',
        '2025-01-16T09:00:00Z',
        'breached-then-met',
      ],
      // + 10 business days = Fri 24 16:00; not triaged by Mon 27.
      ['triage', '2025-01-10T16:00:00Z', '2025-01-24T16:00:00Z', null, 'breached'],
      // critical: + 14 days = Fri 24 16:00.
      ['fix', '2025-01-10T16:00:00Z', '2025-01-24T16:00:00Z', null, 'breached'],
      // + 90 days = Apr 10 16:00 (21 + 28 + 31 + 10); 73 of 90 days left.
      ['disclose', '2025-01-10T16:00:00Z', '2025-04-10T16:00:00Z', null, 'running'],
    ]);
  });

  it.each([
    // Acknowledge window Mon 6 00:00 → Thu 9 00:00 = 72 h; a quarter is 18 h, so due soon
    // from Wed 8 06:00 on (18 h left), running a minute earlier.
    ['2025-01-08T05:59:00Z', 'running'],
    ['2025-01-08T06:00:00Z', 'due-soon'],
    ['2025-01-09T00:00:00Z', 'due-soon'], // exactly at due: not yet past it
    ['2025-01-09T00:00:01Z', 'breached'],
  ])('due-soon threshold: at %s acknowledge is %s', (now, status) => {
    const input = timeline({ reportedAt: d('2025-01-06T00:00:00Z') });

    expect(run(input, now)[0]?.[4]).toBe(status);
  });

  it('a configurable due-soon fraction', () => {
    const input = timeline({ reportedAt: d('2025-01-06T00:00:00Z') });
    const half = { ...DEFAULTS, dueSoonFraction: 0.5 };

    // 72 h window, half is 36 h: due soon from Tue 7 12:00.
    expect(run(input, '2025-01-07T12:00:00Z', half)[0]?.[4]).toBe('due-soon');
    expect(run(input, '2025-01-07T11:59:00Z', half)[0]?.[4]).toBe('running');
  });

  it('a report on a weekend starts its business clock on Monday', () => {
    const input = timeline({ reportedAt: d('2025-01-11T15:00:00Z') }); // Saturday

    // Counts from Mon 13 00:00: + 3 business days = Thu 16 00:00; the start shown is the report.
    expect(run(input, '2025-01-11T16:00:00Z')[0]).toEqual([
      'acknowledge',
      '2025-01-11T15:00:00Z',
      '2025-01-16T00:00:00Z',
      null,
      'running',
    ]);
  });

  it('a timezone edge at midnight: Friday evening in New York', () => {
    const input = timeline({ reportedAt: d('2025-01-11T03:30:00Z') }); // Fri 22:30 in New York
    const newYork = { ...UTC, timezone: 'America/New_York' };

    // Fri 22:30 local + 3 business days = Wed 15 22:30 local = Thu 16 03:30Z.
    expect(run(input, '2025-01-12T00:00:00Z', DEFAULTS, newYork)[0]?.[2]).toBe('2025-01-16T03:30:00Z');
    // In UTC the report is on Saturday: Mon 13 00:00 + 3 = Thu 16 00:00Z.
    expect(run(input, '2025-01-12T00:00:00Z')[0]?.[2]).toBe('2025-01-16T00:00:00Z');
  });

  it('holidays move business deadlines', () => {
    const input = timeline({});
    const withHoliday = { ...UTC, holidays: ['2025-01-08'] };

    // Mon 6 10:00 + 3 business days with Wed 8 off: Tue(1) Thu(2) Fri(3) = Fri 10 10:00.
    expect(run(input, '2025-01-07T00:00:00Z', DEFAULTS, withHoliday)[0]?.[2]).toBe('2025-01-10T10:00:00Z');
  });

  it('an advisory without severity has no fix clock unless a default fix target is set', () => {
    const input = timeline({ severity: null });
    const withDefault = resolveSlaPolicy({
      promises: parseSecurityMd('We fix vulnerabilities within 30 days.').promises,
    });

    expect(run(input, '2025-01-07T00:00:00Z').map((row) => row[0])).toEqual([
      'acknowledge',
      'triage',
      'disclose',
    ]);
    // Mon 6 10:00 + 30 days = Feb 5 10:00.
    expect(run(input, '2025-01-07T00:00:00Z', withDefault)[2]).toEqual([
      'fix',
      '2025-01-06T10:00:00Z',
      '2025-02-05T10:00:00Z',
      null,
      'running',
    ]);
  });

  it('a closed pause moves every running due time by the paused time', () => {
    const input = timeline({
      severity: 'medium',
      pauses: [{ from: d('2025-01-07T10:00:00Z'), to: d('2025-01-09T10:00:00Z') }], // 48 h
    });

    expect(run(input, '2025-01-10T12:00:00Z')).toEqual([
      // Thu 9 10:00 + 48 h = Sat 11 10:00; 22 h left of a 72 h window (more than 18 h).
      ['acknowledge', '2025-01-06T10:00:00Z', '2025-01-11T10:00:00Z', null, 'running'],
      // Mon 20 10:00 + 48 h = Wed 22 10:00.
      ['triage', '2025-01-06T10:00:00Z', '2025-01-22T10:00:00Z', null, 'running'],
      // medium: Jan 6 + 60 days = Mar 7 10:00 (25 + 28 + 7), + 48 h = Mar 9 10:00.
      ['fix', '2025-01-06T10:00:00Z', '2025-03-09T10:00:00Z', null, 'running'],
      // Apr 6 10:00 + 48 h = Apr 8 10:00.
      ['disclose', '2025-01-06T10:00:00Z', '2025-04-08T10:00:00Z', null, 'running'],
    ]);
  });

  it('an open pause pauses every running stage and keeps moving its due time', () => {
    const input = timeline({ pauses: [{ from: d('2025-01-08T10:00:00Z'), to: null }] });

    const rows = run(input, '2025-01-10T10:00:00Z');

    // Paused 48 h so far: acknowledge Thu 9 10:00 + 48 h = Sat 11 10:00, not breached.
    expect(rows[0]).toEqual(['acknowledge', '2025-01-06T10:00:00Z', '2025-01-11T10:00:00Z', null, 'paused']);
    expect(rows.map((row) => row[4])).toEqual(['paused', 'paused', 'paused', 'paused']);
  });

  it('a pause that begins after a deadline does not excuse it', () => {
    const input = timeline({ pauses: [{ from: d('2025-01-10T00:00:00Z'), to: null }] });

    const rows = run(input, '2025-01-10T12:00:00Z');

    // Acknowledge was due Thu 9 10:00, before the pause began: still breached.
    expect(rows[0]).toEqual([
      'acknowledge',
      '2025-01-06T10:00:00Z',
      '2025-01-09T10:00:00Z',
      null,
      'breached',
    ]);
    // Triage (due Mon 20 10:00) was running: + 12 h paused so far = Mon 20 22:00.
    expect(rows[1]).toEqual(['triage', '2025-01-06T10:00:00Z', '2025-01-20T22:00:00Z', null, 'paused']);
  });

  it('overlapping pauses count once, and a pause after a stage stopped does not move it', () => {
    const input = timeline({
      acknowledgedAt: d('2025-01-07T10:00:00Z'),
      pauses: [
        { from: d('2025-01-08T00:00:00Z'), to: d('2025-01-09T00:00:00Z') },
        { from: d('2025-01-08T12:00:00Z'), to: d('2025-01-09T12:00:00Z') },
      ],
    });

    const rows = run(input, '2025-01-13T00:00:00Z');

    // Acknowledged before either pause: due stays Thu 9 10:00.
    expect(rows[0]).toEqual([
      'acknowledge',
      '2025-01-06T10:00:00Z',
      '2025-01-09T10:00:00Z',
      '2025-01-07T10:00:00Z',
      'met',
    ]);
    // Pauses merge into Wed 8 00:00 → Thu 9 12:00 = 36 h: triage Mon 20 10:00 + 36 h = Tue 21 22:00.
    expect(rows[1]?.[2]).toBe('2025-01-21T22:00:00Z');
  });

  it('a closed advisory ends every running stage as closed', () => {
    const input = timeline({
      acknowledgedAt: d('2025-01-07T10:00:00Z'),
      closedAt: d('2025-01-08T10:00:00Z'),
    });

    expect(run(input, '2025-02-01T00:00:00Z')).toEqual([
      ['acknowledge', '2025-01-06T10:00:00Z', '2025-01-09T10:00:00Z', '2025-01-07T10:00:00Z', 'met'],
      ['triage', '2025-01-06T10:00:00Z', '2025-01-20T10:00:00Z', '2025-01-08T10:00:00Z', 'closed'],
      ['fix', '2025-01-06T10:00:00Z', '2025-02-05T10:00:00Z', '2025-01-08T10:00:00Z', 'closed'],
      ['disclose', '2025-01-06T10:00:00Z', '2025-04-06T10:00:00Z', '2025-01-08T10:00:00Z', 'closed'],
    ]);
  });

  it('a closed advisory whose stage had already breached is still closed', () => {
    const input = timeline({ closedAt: d('2025-01-15T00:00:00Z') });

    expect(run(input, '2025-02-01T00:00:00Z')[0]?.[4]).toBe('closed');
  });

  describe('a fix counted from triage ("a fix within 30 days of triage")', () => {
    const policy = resolveSlaPolicy({
      promises: parseSecurityMd(
        'We acknowledge within 2 business days. We triage within 5 business days. We release a fix within 30 days of triage.',
      ).promises,
    });

    it('starts at triage', () => {
      const input = timeline({
        acknowledgedAt: d('2025-01-07T10:00:00Z'),
        triagedAt: d('2025-01-10T15:00:00Z'),
      });

      expect(run(input, '2025-02-10T12:00:00Z', policy)).toEqual([
        // Mon 6 10:00 + 2 business days = Wed 8 10:00.
        ['acknowledge', '2025-01-06T10:00:00Z', '2025-01-08T10:00:00Z', '2025-01-07T10:00:00Z', 'met'],
        // + 5 business days = Mon 13 10:00.
        ['triage', '2025-01-06T10:00:00Z', '2025-01-13T10:00:00Z', '2025-01-10T15:00:00Z', 'met'],
        // Triaged Fri 10 15:00 + 30 days = Sun Feb 9 15:00; not fixed by Feb 10.
        ['fix', '2025-01-10T15:00:00Z', '2025-02-09T15:00:00Z', null, 'breached'],
        // SECURITY.md states no disclosure: the default 90 days.
        ['disclose', '2025-01-06T10:00:00Z', '2025-04-06T10:00:00Z', null, 'running'],
      ]);
    });

    it('is pending before triage', () => {
      const input = timeline({ acknowledgedAt: d('2025-01-07T10:00:00Z') });

      expect(run(input, '2025-01-09T00:00:00Z', policy)[2]).toEqual(['fix', null, null, null, 'pending']);
    });

    it('only counts pauses after triage', () => {
      const input = timeline({
        triagedAt: d('2025-01-10T15:00:00Z'),
        pauses: [{ from: d('2025-01-09T15:00:00Z'), to: d('2025-01-11T15:00:00Z') }],
      });

      // Of the 48 h pause, the 24 h after triage (Fri 10 15:00 → Sat 11 15:00) move the fix: Feb 10 15:00.
      expect(run(input, '2025-01-20T00:00:00Z', policy)[2]?.[2]).toBe('2025-02-10T15:00:00Z');
    });
  });

  it('ignores transitions after now', () => {
    const input = timeline({
      acknowledgedAt: d('2025-01-08T00:00:00Z'),
      closedAt: d('2025-01-09T00:00:00Z'),
    });

    // At Tue 7 12:00 neither has happened: 46 h left of 72 → running.
    expect(run(input, '2025-01-07T12:00:00Z')[0]).toEqual([
      'acknowledge',
      '2025-01-06T10:00:00Z',
      '2025-01-09T10:00:00Z',
      null,
      'running',
    ]);
  });

  it('leaves out a stage whose target is turned off', () => {
    const policy = { ...DEFAULTS, disclose: null };

    expect(run(timeline({}), '2025-01-07T00:00:00Z', policy).map((row) => row[0])).toEqual([
      'acknowledge',
      'triage',
      'fix',
    ]);
  });
});
