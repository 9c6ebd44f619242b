import { TZDate } from '@date-fns/tz';

/** A wall-clock date and time in some time zone; `month` is 0-based as in `Date`. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  /** Milliseconds since local midnight, by the wall clock. */
  msOfDay: number;
}

const HOUR_MS = 3_600_000;

/** The wall-clock time of `instant` in `timezone`. */
export function toLocalTime(instant: Date, timezone: string): LocalTime {
  const local = new TZDate(instant.getTime(), timezone);
  return {
    year: local.getFullYear(),
    month: local.getMonth(),
    day: local.getDate(),
    msOfDay:
      local.getHours() * HOUR_MS +
      local.getMinutes() * 60_000 +
      local.getSeconds() * 1000 +
      local.getMilliseconds(),
  };
}

/**
 * The instant a wall-clock time names in `timezone`. A time skipped by a daylight-saving jump
 * moves forward by the jump (02:30 on a spring-forward night is 03:30); a repeated time takes its
 * second occurrence. Both are what `@date-fns/tz` does.
 */
export function fromLocalTime(local: LocalTime, timezone: string): Date {
  const hours = Math.floor(local.msOfDay / HOUR_MS);
  const minutes = Math.floor((local.msOfDay % HOUR_MS) / 60_000);
  const seconds = Math.floor((local.msOfDay % 60_000) / 1000);
  const ms = local.msOfDay % 1000;
  return new Date(
    new TZDate(local.year, local.month, local.day, hours, minutes, seconds, ms, timezone).getTime(),
  );
}

/** The same wall-clock time `days` calendar days later (a pure date step, no zone involved). */
export function addLocalDays(local: LocalTime, days: number): LocalTime {
  const date = new Date(Date.UTC(local.year, local.month, local.day + days));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth(),
    day: date.getUTCDate(),
    msOfDay: local.msOfDay,
  };
}

/** `YYYY-MM-DD` of a local date, the format of configured holidays. */
export function toIsoDate(local: LocalTime): string {
  const month = String(local.month + 1).padStart(2, '0');
  const day = String(local.day).padStart(2, '0');
  return `${String(local.year).padStart(4, '0')}-${month}-${day}`;
}

/** 0 Sunday … 6 Saturday. */
export function weekdayOf(local: LocalTime): number {
  return new Date(Date.UTC(local.year, local.month, local.day)).getUTCDay();
}
