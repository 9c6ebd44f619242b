import { describe, expect, it } from 'vitest';
import { parseOfflineAdvisories } from './parse-offline-advisories.js';

const BASE = {
  ghsa_id: 'GHSA-aaaa-bbbb-cccc',
  state: 'triage',
  severity: 'high',
  created_at: '2025-01-06T10:00:00Z',
};

describe('parseOfflineAdvisories', () => {
  it('reads GitHub fields and warden_transitions', () => {
    const { advisories, issues } = parseOfflineAdvisories([
      {
        ...BASE,
        summary: 'kept but unused',
        published_at: null,
        warden_transitions: {
          acknowledged_at: '2025-01-07T10:00:00+02:00',
          paused: [{ from: '2025-01-08T00:00:00Z' }],
        },
      },
    ]);

    expect(issues).toEqual([]);
    expect(advisories[0]).toEqual({
      ghsaId: 'GHSA-aaaa-bbbb-cccc',
      severity: 'high',
      timeline: {
        reportedAt: new Date('2025-01-06T10:00:00Z'),
        severity: 'high',
        acknowledgedAt: new Date('2025-01-07T08:00:00Z'),
        triagedAt: null,
        fixedAt: null,
        publishedAt: null,
        closedAt: null,
        pauses: [{ from: new Date('2025-01-08T00:00:00Z'), to: null }],
      },
    });
  });

  it.each([
    ['moderate', 'medium'],
    ['unknown', null],
    [null, null],
  ] as const)('maps severity %s to %s', (severity, expected) => {
    expect(parseOfflineAdvisories([{ ...BASE, severity }]).advisories[0]?.severity).toBe(expected);
  });

  it('treats a withdrawn advisory as closed', () => {
    const { advisories } = parseOfflineAdvisories([{ ...BASE, withdrawn_at: '2025-01-09T00:00:00Z' }]);

    expect(advisories[0]?.timeline.closedAt).toEqual(new Date('2025-01-09T00:00:00Z'));
  });

  it.each([
    ['not an array', { advisories: [] }, ['(root)']],
    ['a missing created_at', [{ ghsa_id: 'GHSA-x' }], ['[0].created_at']],
    ['a time without zone', [{ ...BASE, created_at: '2025-01-06T10:00:00' }], ['[0].created_at']],
    ['an unknown severity', [BASE, { ...BASE, severity: 'severe' }], ['[1].severity']],
    [
      'a pause ending before it starts',
      [
        {
          ...BASE,
          warden_transitions: { paused: [{ from: '2025-01-09T00:00:00Z', to: '2025-01-08T00:00:00Z' }] },
        },
      ],
      ['[0].warden_transitions.paused[0].to'],
    ],
  ])('reports %s with its path', (_name, json, paths) => {
    const { advisories, issues } = parseOfflineAdvisories(json);

    expect(advisories).toEqual([]);
    expect(issues.map((issue) => issue.path)).toEqual(paths);
  });
});
