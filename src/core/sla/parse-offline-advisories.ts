import { z } from 'zod';
import type { AdvisorySeverity } from '../security-md/response-promise.js';
import { type ConfigIssue, formatIssuePath } from './config-issue.js';
import type { AdvisoryTimeline } from './sla-types.js';

const isoTime = z.iso.datetime({
  offset: true,
  message: 'expected an ISO 8601 time with a zone, e.g. 2025-01-06T10:00:00Z',
});
const optionalTime = isoTime.nullable().optional();

/** What Warden records besides GitHub's fields (GitHub keeps no time for these transitions). */
const wardenTransitionsSchema = z
  .object({
    acknowledged_at: optionalTime,
    triaged_at: optionalTime,
    fixed_at: optionalTime,
    paused: z
      .array(
        z
          .object({ from: isoTime, to: optionalTime })
          .refine((pause) => !pause.to || Date.parse(pause.to) >= Date.parse(pause.from), {
            message: 'a pause cannot end before it starts',
            path: ['to'],
          }),
      )
      .optional(),
  })
  .nullable()
  .optional();

/**
 * One repository advisory as `GET /repos/{owner}/{repo}/security-advisories` returns it (only
 * the fields the clocks read are checked; the rest pass through), plus `warden_transitions`.
 */
export const offlineAdvisorySchema = z.looseObject({
  ghsa_id: z.string().min(1),
  severity: z.enum(['critical', 'high', 'medium', 'moderate', 'low', 'unknown']).nullable().optional(),
  created_at: isoTime,
  published_at: optionalTime,
  closed_at: optionalTime,
  withdrawn_at: optionalTime,
  warden_transitions: wardenTransitionsSchema,
});

/** The offline `--advisories` file: a JSON array of advisories. */
export const offlineAdvisoriesSchema = z.array(offlineAdvisorySchema);

/** One advisory of the offline file. */
export type OfflineAdvisory = z.infer<typeof offlineAdvisorySchema>;

/** An advisory ready for {@link evaluate}. */
export interface AdvisoryInput {
  ghsaId: string;
  severity: AdvisorySeverity | null;
  timeline: AdvisoryTimeline;
}

/**
 * Validates the parsed JSON of an advisories file and turns each advisory into a timeline.
 * Every problem is reported at once with its path (`[2].created_at: …`); `advisories` is empty
 * when there are any.
 */
export function parseOfflineAdvisories(json: unknown): {
  advisories: AdvisoryInput[];
  issues: ConfigIssue[];
} {
  const result = offlineAdvisoriesSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      path: formatIssuePath('', issue.path),
      message:
        issue.path.length === 0 && !Array.isArray(json)
          ? 'expected a JSON array of advisories'
          : issue.message,
    }));
    return { advisories: [], issues };
  }
  return { advisories: result.data.map(toAdvisoryInput), issues: [] };
}

function toAdvisoryInput(advisory: OfflineAdvisory): AdvisoryInput {
  const time = (value: string | null | undefined): Date | null => (value ? new Date(value) : null);
  const transitions = advisory.warden_transitions ?? {};
  const severity = toSeverity(advisory.severity);
  return {
    ghsaId: advisory.ghsa_id,
    severity,
    timeline: {
      reportedAt: new Date(advisory.created_at),
      severity,
      acknowledgedAt: time(transitions.acknowledged_at),
      triagedAt: time(transitions.triaged_at),
      fixedAt: time(transitions.fixed_at),
      publishedAt: time(advisory.published_at),
      // A withdrawn advisory is closed for the clocks too.
      closedAt: time(advisory.closed_at) ?? time(advisory.withdrawn_at),
      pauses: (transitions.paused ?? []).map((pause) => ({ from: new Date(pause.from), to: time(pause.to) })),
    },
  };
}

function toSeverity(severity: OfflineAdvisory['severity']): AdvisorySeverity | null {
  if (severity === 'moderate') return 'medium';
  if (severity === 'unknown' || severity === null || severity === undefined) return null;
  return severity;
}
