import { z } from 'zod';

/** A weekday, as written in config. */
export const weekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** One stage's target. */
export const slaTargetSchema = z
  .object({
    /** How long the stage may take, in `unit`s. */
    value: z.number().positive().describe('How long the stage may take, in `unit`s.'),
    /** `hours` and `days` are calendar time; `business_*` runs only on business days. */
    unit: z
      .enum(['hours', 'days', 'business_hours', 'business_days'])
      .default('days')
      .describe(
        '`hours` and `days` are calendar time; `business_hours` and `business_days` run only on business days.',
      ),
    /** What the clock counts from: the report, or the end of an earlier stage. */
    from: z
      .enum(['report', 'acknowledge', 'triage', 'fix'])
      .default('report')
      .describe(
        'What the clock counts from: the report, or the end of an earlier stage (`fix` from `triage`).',
      ),
  })
  .strict();

/** A stage target; `null` turns the stage off when neither SECURITY.md nor config sets it. */
const stageTargetSchema = slaTargetSchema.nullable().optional();

/** Where the App sends SLA warnings and breach notices; never anywhere public. */
export const slaEscalationSchema = z
  .object({
    /**
     * A private repository (`owner/name`, in the same installation) where the App keeps one
     * tracking issue per advisory, updated in place. Warden refuses to post to a public one.
     */
    repository: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'expected owner/name')
      .optional()
      .describe(
        'Private repository (`owner/name`, same installation) for one tracking issue per advisory; Warden refuses a public one.',
      ),
    /** Users or teams mentioned in each notice on the tracking issue, so GitHub notifies them. */
    mention: z
      .array(
        z.string().regex(/^@?[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9_.-]+)?$/, 'expected a user or org/team'),
      )
      .default([])
      .describe('Users or teams (`@acme/security`) mentioned in each notice on the tracking issue.'),
  })
  .strict();

/**
 * The `sla` section of `.github/warden.yml`: response targets and the business calendar.
 * Targets set here apply where the repository's SECURITY.md states none; SECURITY.md comes
 * first, then these, then the preset, then Warden's defaults.
 */
export const slaConfigSchema = z
  .object({
    /** Published targets to start from: `hackerone` or `cert`. Targets below override them. */
    preset: z
      .enum(['hackerone', 'cert'])
      .optional()
      .describe('Published targets to start from: `hackerone` or `cert`. Targets set here override them.'),
    /** IANA time zone of the business calendar and of calendar days. */
    timezone: z
      .string()
      .min(1)
      .default('UTC')
      .describe('IANA time zone of the business calendar, e.g. `Europe/Berlin`.'),
    /** Weekdays that are business days. */
    business_days: z
      .array(weekdaySchema)
      .min(1)
      .default(['mon', 'tue', 'wed', 'thu', 'fri'])
      .describe('Weekdays that are business days.'),
    /** Dates (`YYYY-MM-DD`, in `timezone`) that are not business days. */
    holidays: z
      .array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/))
      .default([])
      .describe('Dates (`YYYY-MM-DD`, in `timezone`) that are not business days.'),
    /** A running stage is due soon when this fraction of its window or less is left. */
    due_soon_fraction: z
      .number()
      .min(0)
      .max(1)
      .default(0.25)
      .describe('A running stage is due soon when this fraction of its window or less is left.'),
    /** Targets by stage, used where SECURITY.md states none. */
    targets: z
      .object({
        /** Time to acknowledge a report. */
        acknowledge: stageTargetSchema.describe('Time to acknowledge a report.'),
        /** Time to triage (assess) a report. */
        triage: stageTargetSchema.describe('Time to triage (assess) a report.'),
        /** Time to fix, by advisory severity. */
        fix: z
          .object({
            /** Fix target for critical advisories. */
            critical: stageTargetSchema.describe('Fix target for critical advisories.'),
            /** Fix target for high-severity advisories. */
            high: stageTargetSchema.describe('Fix target for high-severity advisories.'),
            /** Fix target for medium-severity advisories. */
            medium: stageTargetSchema.describe('Fix target for medium-severity advisories.'),
            /** Fix target for low-severity advisories. */
            low: stageTargetSchema.describe('Fix target for low-severity advisories.'),
            /** Fix target for severities not listed and for advisories without a severity. */
            default: stageTargetSchema.describe(
              'Fix target for severities not listed and advisories without one.',
            ),
          })
          .strict()
          .prefault({})
          .describe('Time to fix, by advisory severity.'),
        /** Time to publish the advisory. */
        disclose: stageTargetSchema.describe('Time to publish the advisory.'),
      })
      .strict()
      .prefault({})
      .describe('Targets by stage, used where SECURITY.md states none.'),
    /** Where the App sends warnings before a due time and breach notices (App only). */
    escalation: slaEscalationSchema
      .prefault({})
      .describe('Where the App sends warnings before a due time and breach notices (App only).'),
    /**
     * Let the App turn on GitHub private vulnerability reporting on public repositories that
     * lack it (needs `administration: write`; every change is audited).
     */
    enable_private_reporting: z
      .boolean()
      .default(false)
      .describe(
        'Let the App turn on private vulnerability reporting on public repositories that lack it (audited).',
      ),
  })
  .strict()
  .describe('Response-SLA targets, business calendar and private escalation.');

/** The `sla` section after defaults are applied. */
export type SlaConfig = z.infer<typeof slaConfigSchema>;

/** The `sla` section as written. */
export type SlaConfigInput = z.input<typeof slaConfigSchema>;

/** The `sla.escalation` section after defaults are applied. */
export type SlaEscalationConfig = z.infer<typeof slaEscalationSchema>;

/** One configured stage target after defaults are applied. */
export type SlaTargetConfig = z.infer<typeof slaTargetSchema>;
