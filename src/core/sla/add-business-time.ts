import { isBusinessDay } from './is-business-day.js';
import { addLocalDays, fromLocalTime, type LocalTime, toLocalTime } from './local-time.js';
import type { BusinessCalendar } from './sla-types.js';

const HOUR_MS = 3_600_000;

/** A thousand years of business days: more is a typo, and each day is a loop step. */
const MAX_BUSINESS_HOURS = 24 * 366_000;

/**
 * `hours` of business time after `start`: time that runs only on business days.
 * Whole days step over that many business days and keep `start`'s clock time (Friday 10:00 plus
 * 1 business day is Monday 10:00); a start on a weekend or holiday counts from 00:00 of the next
 * business day. The hours left over (from "36 business hours") run on that day and continue at
 * 00:00 of the next business day if the day ends first.
 */
export function addBusinessTime(start: Date, hours: number, calendar: BusinessCalendar): Date {
  if (!calendar.businessDays.some((day) => day >= 0 && day <= 6)) {
    throw new Error('The SLA calendar has no business days: set sla.business_days to at least one weekday.');
  }
  if (!(hours >= 0 && hours <= MAX_BUSINESS_HOURS)) {
    throw new Error(`A business-time target of ${hours} hours is out of range (0 to ${MAX_BUSINESS_HOURS}).`);
  }
  let local = toLocalTime(start, calendar.timezone);
  if (!isBusinessDay(local, calendar)) local = { ...nextBusinessDay(local, calendar), msOfDay: 0 };

  const wholeDays = Math.floor(hours / 24);
  for (let stepped = 0; stepped < wholeDays; ) {
    local = addLocalDays(local, 1);
    if (isBusinessDay(local, calendar)) stepped++;
  }
  const due = fromLocalTime(local, calendar.timezone);
  const restMs = Math.round((hours - wholeDays * 24) * HOUR_MS);
  if (restMs === 0) return due;

  const nextMidnight = fromLocalTime({ ...addLocalDays(local, 1), msOfDay: 0 }, calendar.timezone);
  const leftToday = nextMidnight.getTime() - due.getTime();
  if (restMs <= leftToday) return new Date(due.getTime() + restMs);
  const nextDay = fromLocalTime({ ...nextBusinessDay(local, calendar), msOfDay: 0 }, calendar.timezone);
  return new Date(nextDay.getTime() + restMs - leftToday);
}

/** The first business day after `local`'s date. Terminates: holidays are finite. */
function nextBusinessDay(local: LocalTime, calendar: BusinessCalendar): LocalTime {
  let day = addLocalDays(local, 1);
  while (!isBusinessDay(day, calendar)) day = addLocalDays(day, 1);
  return day;
}
