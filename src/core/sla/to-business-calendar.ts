import type { SlaConfig } from './sla-config.schema.js';
import type { BusinessCalendar } from './sla-types.js';

const WEEKDAY_NUMBERS: Record<SlaConfig['business_days'][number], number> = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
};

/** The calendar of the `sla` config: UTC, Monday to Friday, no holidays unless configured. */
export function toBusinessCalendar(config?: SlaConfig): BusinessCalendar {
  return {
    timezone: config?.timezone ?? 'UTC',
    businessDays: (config?.business_days ?? ['mon', 'tue', 'wed', 'thu', 'fri']).map(
      (day) => WEEKDAY_NUMBERS[day],
    ),
    holidays: config?.holidays ?? [],
  };
}
