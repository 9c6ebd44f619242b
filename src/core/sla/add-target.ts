import type { DurationUnit } from '../security-md/response-promise.js';
import { addBusinessTime } from './add-business-time.js';
import { addLocalDays, fromLocalTime, toLocalTime } from './local-time.js';
import type { BusinessCalendar } from './sla-types.js';

const HOUR_MS = 3_600_000;

/**
 * The due time of a target of `amount` `unit`s started at `start`. Hours are elapsed time;
 * days are calendar days in the calendar's time zone that keep the clock time across daylight
 * saving (14 days after 10:00 is 10:00); business units follow {@link addBusinessTime}.
 */
export function addTarget(start: Date, amount: number, unit: DurationUnit, calendar: BusinessCalendar): Date {
  switch (unit) {
    case 'hours':
      return new Date(start.getTime() + amount * HOUR_MS);
    case 'business_hours':
      return addBusinessTime(start, amount, calendar);
    case 'business_days':
      return addBusinessTime(start, amount * 24, calendar);
    case 'days': {
      const wholeDays = Math.floor(amount);
      const local = addLocalDays(toLocalTime(start, calendar.timezone), wholeDays);
      const due = fromLocalTime(local, calendar.timezone);
      return new Date(due.getTime() + Math.round((amount - wholeDays) * 24 * HOUR_MS));
    }
  }
}
