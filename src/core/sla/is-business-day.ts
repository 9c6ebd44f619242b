import { type LocalTime, toIsoDate, weekdayOf } from './local-time.js';
import type { BusinessCalendar } from './sla-types.js';

/** Whether a local date is a business weekday and not a holiday. */
export function isBusinessDay(local: LocalTime, calendar: BusinessCalendar): boolean {
  return calendar.businessDays.includes(weekdayOf(local)) && !calendar.holidays.includes(toIsoDate(local));
}
