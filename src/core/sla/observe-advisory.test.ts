import { describe, expect, it } from 'vitest';
import { type AdvisoryFacts, observeAdvisory, toObservedOfflineAdvisory } from './observe-advisory.js';

const SEEN = new Date('2026-11-27T12:00:00Z');
const reported: AdvisoryFacts = {
  state: 'triage',
  severity: null,
  created_at: '2026-11-20T10:00:00Z',
  submission: { accepted: false },
};
const at = (list: ReturnType<typeof observeAdvisory>) =>
  Object.fromEntries(list.map((o) => [o.transition, o.at.toISOString()]));

describe('observeAdvisory', () => {
  it.each([
    ['a report in triage', reported, { reported: '2026-11-20T10:00:00.000Z' }],
    [
      'a report in triage with the reporter’s severity: not triaged yet',
      { ...reported, severity: 'high' },
      { reported: '2026-11-20T10:00:00.000Z' },
    ],
    [
      'an accepted report without severity',
      { ...reported, state: 'draft', submission: { accepted: true } },
      { reported: '2026-11-20T10:00:00.000Z', acknowledged: SEEN.toISOString() },
    ],
    [
      'an accepted report with a severity',
      { ...reported, state: 'draft', severity: 'low', submission: { accepted: true } },
      { reported: '2026-11-20T10:00:00.000Z', acknowledged: SEEN.toISOString(), triaged: SEEN.toISOString() },
    ],
    [
      'a published report: nothing later than publishing',
      {
        ...reported,
        state: 'published',
        severity: 'critical',
        submission: { accepted: true },
        published_at: '2026-11-25T08:00:00Z',
      },
      {
        reported: '2026-11-20T10:00:00.000Z',
        acknowledged: '2026-11-25T08:00:00.000Z',
        triaged: '2026-11-25T08:00:00.000Z',
        fixed: '2026-11-25T08:00:00.000Z',
        published: '2026-11-25T08:00:00.000Z',
      },
    ],
    [
      'a report rejected from triage',
      { ...reported, state: 'closed', closed_at: '2026-11-21T10:00:00Z' },
      { reported: '2026-11-20T10:00:00.000Z', closed: '2026-11-21T10:00:00.000Z' },
    ],
    [
      'a report accepted, then closed',
      { ...reported, state: 'closed', submission: { accepted: true }, closed_at: '2026-11-22T10:00:00Z' },
      {
        reported: '2026-11-20T10:00:00.000Z',
        acknowledged: '2026-11-22T10:00:00.000Z',
        closed: '2026-11-22T10:00:00.000Z',
      },
    ],
    [
      'a draft a maintainer opened with a severity',
      { state: 'draft', severity: 'high', created_at: '2026-11-20T10:00:00Z', submission: null },
      { acknowledged: '2026-11-20T10:00:00.000Z', triaged: '2026-11-20T10:00:00.000Z' },
    ],
    [
      'a withdrawn advisory that had been published',
      {
        state: 'withdrawn',
        severity: 'high',
        created_at: '2026-11-20T10:00:00Z',
        submission: null,
        published_at: '2026-11-21T10:00:00Z',
        withdrawn_at: '2026-11-23T10:00:00Z',
      },
      {
        fixed: '2026-11-21T10:00:00.000Z',
        published: '2026-11-21T10:00:00.000Z',
        closed: '2026-11-23T10:00:00.000Z',
      },
    ],
  ] as const)('%s', (_name, advisory, expected) => {
    expect(at(observeAdvisory(advisory as AdvisoryFacts, SEEN))).toEqual(expected);
  });

  it('takes a severity added to a maintainer’s draft at the time it was first seen', () => {
    const draft: AdvisoryFacts = {
      state: 'draft',
      severity: 'high',
      created_at: '2026-11-20T10:00:00Z',
      submission: null,
    };

    expect(at(observeAdvisory(draft, SEEN, { state: 'draft', severity: null })).triaged).toBe(
      SEEN.toISOString(),
    );
  });

  it('fills warden_transitions at updated_at for the offline format', () => {
    const advisory = {
      ...reported,
      ghsa_id: 'GHSA-1',
      state: 'draft',
      severity: 'medium',
      submission: { accepted: true },
      updated_at: '2026-11-21T09:00:00Z',
    };

    expect(toObservedOfflineAdvisory(advisory)).toMatchObject({
      ghsa_id: 'GHSA-1',
      warden_transitions: {
        acknowledged_at: '2026-11-21T09:00:00.000Z',
        triaged_at: '2026-11-21T09:00:00.000Z',
        fixed_at: null,
      },
    });
  });
});
