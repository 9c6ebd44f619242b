import { RESPONSE_STAGES, type ResponseStage, type StageAnchor } from '../security-md/response-promise.js';
import { addTarget } from './add-target.js';
import { mergePauses } from './merge-pauses.js';
import type { AdvisoryTimeline, BusinessCalendar, SlaPolicy, SlaTarget, StageClock } from './sla-types.js';

/**
 * Every stage's clock for one advisory at `now`, in stage order; stages without a target are
 * left out. The rules (docs/sla.md):
 * - a clock starts at the report, or at the end of the stage its target counts from;
 * - it stops at its transition (`acknowledgedAt`, `triagedAt`, `fixedAt`, `publishedAt`), and a
 *   close ends every stage still running as `closed`;
 * - the fix target follows the advisory's severity, `default` without one;
 * - each pause moves the due time of the stages running during it by the paused time, but only
 *   pauses that begin before the due time: waiting on the reporter does not excuse a deadline
 *   already missed;
 * - events after `now` have not happened yet.
 */
export function evaluate(
  timeline: AdvisoryTimeline,
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  now: Date,
): StageClock[] {
  const clocks: StageClock[] = [];
  for (const stage of RESPONSE_STAGES) {
    const target = stage === 'fix' ? policy.fix[timeline.severity ?? 'default'] : policy[stage];
    if (target) clocks.push(evaluateStage(stage, target, timeline, policy.dueSoonFraction, calendar, now));
  }
  return clocks;
}

function evaluateStage(
  stage: ResponseStage,
  target: SlaTarget,
  timeline: AdvisoryTimeline,
  dueSoonFraction: number,
  calendar: BusinessCalendar,
  now: Date,
): StageClock {
  const known = (time: Date | null): Date | null => (time && time.getTime() <= now.getTime() ? time : null);
  const start = known(anchorTime(target.from, timeline));
  const stop = known(stopTime(stage, timeline));
  const closed = known(timeline.closedAt);
  const stoppedFirst = stop !== null && (closed === null || stop.getTime() <= closed.getTime());

  if (start === null) {
    // The stage counts from a stage that has not ended: no clock yet.
    if (stoppedFirst) return { stage, start: null, due: null, stoppedAt: stop, status: 'met' };
    if (closed) return { stage, start: null, due: null, stoppedAt: closed, status: 'closed' };
    return { stage, start: null, due: null, stoppedAt: null, status: 'pending' };
  }

  const baseDue = addTarget(start, target.amount, target.unit, calendar);
  const end = Math.min(stop?.getTime() ?? Infinity, closed?.getTime() ?? Infinity, now.getTime());
  let due = baseDue.getTime();
  let pausedNow = false;
  for (const pause of mergePauses(timeline.pauses, now)) {
    const from = Math.max(pause.from, start.getTime());
    const to = Math.min(pause.to, end);
    if (to <= from || from >= due) continue;
    due += to - from;
    if (pause.open && to === now.getTime()) pausedNow = true;
  }
  const dueDate = new Date(due);

  if (stoppedFirst && stop) {
    return {
      stage,
      start,
      due: dueDate,
      stoppedAt: stop,
      status: stop.getTime() <= due ? 'met' : 'breached-then-met',
    };
  }
  if (closed) return { stage, start, due: dueDate, stoppedAt: closed, status: 'closed' };
  const left = due - now.getTime();
  const window = baseDue.getTime() - start.getTime();
  const status =
    left < 0 ? 'breached' : pausedNow ? 'paused' : left <= dueSoonFraction * window ? 'due-soon' : 'running';
  return { stage, start, due: dueDate, stoppedAt: null, status };
}

function anchorTime(anchor: StageAnchor, timeline: AdvisoryTimeline): Date | null {
  return anchor === 'report' ? timeline.reportedAt : stopTime(anchor, timeline);
}

function stopTime(stage: ResponseStage, timeline: AdvisoryTimeline): Date | null {
  switch (stage) {
    case 'acknowledge':
      return timeline.acknowledgedAt;
    case 'triage':
      return timeline.triagedAt;
    case 'fix':
      return timeline.fixedAt;
    case 'disclose':
      return timeline.publishedAt;
  }
}
