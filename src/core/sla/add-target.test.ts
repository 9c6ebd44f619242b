import { describe, expect, it } from 'vitest';
import type { DurationUnit } from '../security-md/response-promise.js';
import { addTarget } from './add-target.js';
import type { BusinessCalendar } from './sla-types.js';

const UTC: BusinessCalendar = { timezone: 'UTC', businessDays: [1, 2, 3, 4, 5], holidays: [] };
const with_ = (patch: Partial<BusinessCalendar>): BusinessCalendar => ({ ...UTC, ...patch });

// January 2025: Mon 6, Fri 10, Sat 11, Sun 12, Mon 13, Mon 20. Every expected value is
// computed by hand in the comment next to it.
describe('addTarget', () => {
  it.each<[string, string, number, DurationUnit, BusinessCalendar, string]>([
    // Mon 10:00 + 3 business days: Tue(1) Wed(2) Thu(3), clock time kept.
    [
      '3 business days from a Monday',
      '2025-01-06T10:00:00Z',
      3,
      'business_days',
      UTC,
      '2025-01-09T10:00:00.000Z',
    ],
    // Fri 10:00 + 1: Sat and Sun are skipped, Mon(1).
    [
      '1 business day from a Friday',
      '2025-01-10T10:00:00Z',
      1,
      'business_days',
      UTC,
      '2025-01-13T10:00:00.000Z',
    ],
    // Fri 10:00 + 3: Mon(1) Tue(2) Wed(3).
    [
      '3 business days over a weekend',
      '2025-01-10T10:00:00Z',
      3,
      'business_days',
      UTC,
      '2025-01-15T10:00:00.000Z',
    ],
    // Sat 15:00 counts from Mon 00:00; + 1 → Tue 00:00.
    ['a start on Saturday', '2025-01-11T15:00:00Z', 1, 'business_days', UTC, '2025-01-14T00:00:00.000Z'],
    // Sun 23:59 counts from Mon 00:00; + 3 → Thu 00:00.
    ['a start late on Sunday', '2025-01-12T23:59:00Z', 3, 'business_days', UTC, '2025-01-16T00:00:00.000Z'],
    // Mon 10:00 + 3 with Wed 8 a holiday: Tue(1) Thu(2) Fri(3).
    [
      'a holiday inside the window',
      '2025-01-06T10:00:00Z',
      3,
      'business_days',
      with_({ holidays: ['2025-01-08'] }),
      '2025-01-10T10:00:00.000Z',
    ],
    // Mon 6 is a holiday: count from Tue 7 00:00; + 1 → Wed 8 00:00.
    [
      'a start on a holiday',
      '2025-01-06T10:00:00Z',
      1,
      'business_days',
      with_({ holidays: ['2025-01-06'] }),
      '2025-01-08T00:00:00.000Z',
    ],
    // Mon 6 + 10: two full weeks → Mon 20; Mon 20 is a holiday → Tue 21.
    [
      '10 business days ending on a holiday',
      '2025-01-06T10:00:00Z',
      10,
      'business_days',
      with_({ holidays: ['2025-01-20'] }),
      '2025-01-21T10:00:00.000Z',
    ],
    // New York is UTC-5 in January: 03:30Z Sat is Fri 22:30 local, a business day;
    // + 1 → Mon 22:30 local = Tue 03:30Z.
    [
      'a late Friday report in New York',
      '2025-01-11T03:30:00Z',
      1,
      'business_days',
      with_({ timezone: 'America/New_York' }),
      '2025-01-14T03:30:00.000Z',
    ],
    // The same instant in UTC is Saturday: Mon 00:00 + 1 → Tue 00:00Z.
    ['the same report in UTC', '2025-01-11T03:30:00Z', 1, 'business_days', UTC, '2025-01-14T00:00:00.000Z'],
    // Berlin is UTC+1: 23:30Z Sun is Mon 00:30 local; + 1 → Tue 00:30 local = Mon 23:30Z.
    [
      'just after midnight on Monday in Berlin',
      '2025-01-05T23:30:00Z',
      1,
      'business_days',
      with_({ timezone: 'Europe/Berlin' }),
      '2025-01-06T23:30:00.000Z',
    ],
    // Berlin moves to CEST (UTC+2) on Sun 30 March 2025: Fri 28 10:00 CET (09:00Z) + 1 →
    // Mon 31 10:00 CEST = 08:00Z.
    [
      'over the spring daylight-saving change',
      '2025-03-28T09:00:00Z',
      1,
      'business_days',
      with_({ timezone: 'Europe/Berlin' }),
      '2025-03-31T08:00:00.000Z',
    ],
    // Sunday to Thursday week: Thu 10:00 + 1 → Fri, Sat skipped → Sun 12 10:00.
    [
      'a Sunday-to-Thursday week',
      '2025-01-09T10:00:00Z',
      1,
      'business_days',
      with_({ businessDays: [0, 1, 2, 3, 4] }),
      '2025-01-12T10:00:00.000Z',
    ],
    // Fri 20:00 + 8 business hours: 4 left on Friday, then 4 from Mon 00:00 → Mon 04:00.
    [
      'business hours across a weekend',
      '2025-01-10T20:00:00Z',
      8,
      'business_hours',
      UTC,
      '2025-01-13T04:00:00.000Z',
    ],
    // Mon 10:00 + 36 business hours: 1 day → Tue 10:00, + 12 h → Tue 22:00.
    ['36 business hours', '2025-01-06T10:00:00Z', 36, 'business_hours', UTC, '2025-01-07T22:00:00.000Z'],
    // Calendar hours ignore weekends: Fri 10:00 + 48 h → Sun 10:00.
    ['calendar hours', '2025-01-10T10:00:00Z', 48, 'hours', UTC, '2025-01-12T10:00:00.000Z'],
    // Calendar days: Mon 6 + 14 → Mon 20, same clock time.
    ['calendar days', '2025-01-06T10:00:00Z', 14, 'days', UTC, '2025-01-20T10:00:00.000Z'],
    // Jan 6 + 90: 25 days to Jan 31, 28 to Feb 28 (53), 31 to Mar 31 (84), 6 more → Apr 6.
    ['90 calendar days', '2025-01-06T10:00:00Z', 90, 'days', UTC, '2025-04-06T10:00:00.000Z'],
    // Berlin: Tue 25 March 10:00 CET (09:00Z) + 7 days → Tue 1 April 10:00 CEST = 08:00Z.
    [
      'calendar days keep the clock time over daylight saving',
      '2025-03-25T09:00:00Z',
      7,
      'days',
      with_({ timezone: 'Europe/Berlin' }),
      '2025-04-01T08:00:00.000Z',
    ],
    // 0.167 days (a 4-hour promise, rounded) = 4.008 h → 10:00 + 4 h 0 min 28.8 s.
    ['fractional days', '2025-01-06T10:00:00Z', 0.167, 'days', UTC, '2025-01-06T14:00:28.800Z'],
  ])('%s', (_name, start, amount, unit, calendar, due) => {
    expect(addTarget(new Date(start), amount, unit, calendar).toISOString()).toBe(due);
  });

  it('refuses a calendar without business days', () => {
    expect(() =>
      addTarget(new Date('2025-01-06T00:00:00Z'), 1, 'business_days', with_({ businessDays: [] })),
    ).toThrow(/no business days/);
  });
});
