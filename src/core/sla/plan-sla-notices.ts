import type { ResponseStage } from '../security-md/response-promise.js';
import type { StageClock } from './sla-types.js';

/** A warning before a stage's due time, or the notice that it passed. */
export type SlaNoticeKind = 'due-soon' | 'breach';

/** One notice to send about one stage of one advisory. */
export interface SlaNotice {
  stage: ResponseStage;
  kind: SlaNoticeKind;
  /** The stage's due time (pauses included). */
  due: Date;
}

/**
 * The notices a set of clocks calls for right now: `due-soon` for each stage that is due soon,
 * `breach` for each that is past due and still running. A stage that went from running to
 * breached between two looks gets only the breach notice. Whether a notice was already sent
 * is the caller's business (the store's notification claims).
 */
export function planSlaNotices(clocks: readonly StageClock[]): SlaNotice[] {
  const notices: SlaNotice[] = [];
  for (const clock of clocks) {
    if (!clock.due) continue;
    if (clock.status === 'due-soon') notices.push({ stage: clock.stage, kind: 'due-soon', due: clock.due });
    if (clock.status === 'breached') notices.push({ stage: clock.stage, kind: 'breach', due: clock.due });
  }
  return notices;
}

/**
 * The store key that makes a notice go out once per advisory, stage, kind and channel, across
 * restarts and replicas: `sla:GHSA-xxxx-xxxx-xxxx:triage:due-soon:issue`.
 */
export function slaNoticeKey(
  ghsaId: string,
  notice: Pick<SlaNotice, 'stage' | 'kind'>,
  channel: string,
): string {
  return `sla:${ghsaId}:${notice.stage}:${notice.kind}:${channel}`;
}
