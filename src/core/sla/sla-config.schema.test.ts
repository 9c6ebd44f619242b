import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkSlaConfig } from './check-sla-config.js';
import { formatIssuePath } from './config-issue.js';
import { slaConfigSchema } from './sla-config.schema.js';
import { toBusinessCalendar } from './to-business-calendar.js';

describe('slaConfigSchema', () => {
  it('fills every default', () => {
    expect(slaConfigSchema.parse({})).toEqual({
      timezone: 'UTC',
      business_days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      holidays: [],
      due_soon_fraction: 0.25,
      targets: { fix: {} },
      escalation: { mention: [] },
      enable_private_reporting: false,
    });
  });

  it('fills target defaults', () => {
    const parsed = slaConfigSchema.parse({ targets: { fix: { critical: { value: 7 } } } });

    expect(parsed.targets.fix.critical).toEqual({ value: 7, unit: 'days', from: 'report' });
  });

  it.each([
    [{ timezone: 3 }, 'sla.timezone'],
    [{ business_days: [] }, 'sla.business_days'],
    [{ business_days: ['monday'] }, 'sla.business_days[0]'],
    [{ holidays: ['25/12/2025'] }, 'sla.holidays[0]'],
    [{ due_soon_fraction: 2 }, 'sla.due_soon_fraction'],
    [{ preset: 'bugcrowd' }, 'sla.preset'],
    [{ targets: { fix: { critical: { value: -1 } } } }, 'sla.targets.fix.critical.value'],
    [{ targets: { acknowledge: { value: 1, unit: 'weeks' } } }, 'sla.targets.acknowledge.unit'],
    [{ targets: { acknowlege: { value: 1 } } }, 'sla.targets'],
    [{ due_soon: 0.5 }, 'sla'],
    [{ escalation: { repository: 'not a repo' } }, 'sla.escalation.repository'],
    [{ escalation: { mention: ['@acme/security team'] } }, 'sla.escalation.mention[0]'],
    [{ escalation: { channel: 'slack' } }, 'sla.escalation'],
    [{ enable_private_reporting: 'yes' }, 'sla.enable_private_reporting'],
  ])('rejects %j at %s', (input, path) => {
    const result = slaConfigSchema.safeParse(input);

    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => formatIssuePath('sla', issue.path))).toContain(path);
  });

  it('exports to JSON Schema with a description on every field', () => {
    const schema = z.toJSONSchema(slaConfigSchema, { io: 'input' }) as {
      properties: Record<string, { description?: string }>;
    };

    for (const [key, property] of Object.entries(schema.properties)) {
      expect(property.description, key).toBeTruthy();
    }
  });
});

describe('checkSlaConfig', () => {
  it.each([
    [{ timezone: 'Mars/Olympus' }, 'sla.timezone'],
    [{ holidays: ['2025-02-30'] }, 'sla.holidays[0]'],
    [{ targets: { triage: { value: 5, from: 'fix' } } }, 'sla.targets.triage.from'],
    [{ targets: { fix: { high: { value: 5, from: 'fix' } } } }, 'sla.targets.fix.high.from'],
  ] as const)('reports %j at %s', (input, path) => {
    expect(checkSlaConfig(slaConfigSchema.parse(input)).map((issue) => issue.path)).toEqual([path]);
  });

  it('accepts a good config', () => {
    const config = slaConfigSchema.parse({
      timezone: 'Europe/Berlin',
      holidays: ['2025-12-25'],
      targets: { fix: { default: { value: 30, from: 'triage' } } },
    });

    expect(checkSlaConfig(config)).toEqual([]);
  });
});

describe('toBusinessCalendar', () => {
  it('numbers weekdays as JavaScript does', () => {
    const calendar = toBusinessCalendar(slaConfigSchema.parse({ business_days: ['sun', 'mon', 'sat'] }));

    expect(calendar.businessDays).toEqual([0, 1, 6]);
  });

  it('defaults to UTC, Monday to Friday', () => {
    expect(toBusinessCalendar()).toEqual({ timezone: 'UTC', businessDays: [1, 2, 3, 4, 5], holidays: [] });
  });
});
