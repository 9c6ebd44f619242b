import { describe, expect, it } from 'vitest';
import { planSlaNotices, slaNoticeKey } from './plan-sla-notices.js';
import type { StageClock } from './sla-types.js';

const clock = (stage: StageClock['stage'], status: StageClock['status'], due: string | null): StageClock => ({
  stage,
  status,
  start: new Date('2026-11-20T00:00:00Z'),
  due: due ? new Date(due) : null,
  stoppedAt: null,
});

describe('planSlaNotices', () => {
  it('warns for due-soon stages and gives notice of breached ones, nothing else', () => {
    const clocks = [
      clock('acknowledge', 'breached', '2026-11-23T00:00:00Z'),
      clock('triage', 'due-soon', '2026-11-28T00:00:00Z'),
      clock('fix', 'pending', null),
      clock('disclose', 'running', '2027-02-18T00:00:00Z'),
    ];

    expect(planSlaNotices(clocks)).toEqual([
      { stage: 'acknowledge', kind: 'breach', due: new Date('2026-11-23T00:00:00Z') },
      { stage: 'triage', kind: 'due-soon', due: new Date('2026-11-28T00:00:00Z') },
    ]);
    expect(planSlaNotices([clock('triage', 'breached-then-met', '2026-11-23T00:00:00Z')])).toEqual([]);
  });

  it('keys a notice by advisory, stage, kind and channel', () => {
    expect(slaNoticeKey('GHSA-x', { stage: 'triage', kind: 'due-soon' }, 'issue')).toBe(
      'sla:GHSA-x:triage:due-soon:issue',
    );
  });
});
