import { describe, expect, it } from 'vitest';
import type { AdvisoryTransition, LeakClaimInput, Store } from './store.js';

/**
 * The conformance suite every `Store` implementation must pass, run by
 * `sqlite-store.test.ts` and `postgres-store.test.ts` against their own databases.
 */

/** A store as the suite needs it: the `Store`, plus what `openStore` reports about migrations. */
export type OpenedStore = Store & { readonly migrationsApplied: readonly string[] };

/** One database, fresh for one test, that the suite may open several times. */
export interface StoreHarness {
  /** Opens a store on this harness's database (again after a close: same data when `persistent`). */
  open(): Promise<OpenedStore>;
  /** Removes the database; the suite has closed every store it opened. */
  dispose(): Promise<void>;
}

/** Makes harnesses, and says what their databases can do. */
export interface StoreHarnessFactory {
  /** Reopening sees what an earlier store wrote (a file or a server, not `:memory:`). */
  persistent: boolean;
  /**
   * Several stores may work on the database at the same time, as App replicas do
   * (PostgreSQL; SQLite is one process's database).
   */
  replicas: boolean;
  /** A harness over a fresh, empty database. */
  create(): Promise<StoreHarness>;
}

/** What each test gets: a fresh database, opened, and helpers bound to it. */
interface TestEnv {
  /** The store opened on the test's database. */
  store: OpenedStore;
  /** Opens another store on the same database (a replica, or a restart). */
  open(): Promise<OpenedStore>;
  /** Closes `store` and opens the database again, as a restarted App would. */
  reopen(): Promise<OpenedStore>;
  /** Records a transition of the test advisory at an ISO time. */
  transition(kind: AdvisoryTransition, time: string): Promise<boolean>;
  /** Appends an audit entry with this action at an ISO time. */
  audit(action: string, time: string, repo?: string): Promise<void>;
}

/**
 * Registers the suite under `name`. Tests run concurrently, each on its own database from
 * `factory.create`, which also exercises the store under parallel load.
 */
export function describeStoreConformance(name: string, factory: StoreHarnessFactory): void {
  async function setup(onTestFinished: (cleanup: () => Promise<void>) => void): Promise<TestEnv> {
    const harness = await factory.create();
    const opened: Store[] = [];
    onTestFinished(async () => {
      for (const each of opened) await each.close();
      await harness.dispose();
    });
    const open = async (): Promise<OpenedStore> => {
      const next = await harness.open();
      opened.push(next);
      return next;
    };
    const store = await open();
    return {
      store,
      open,
      reopen: async () => {
        await store.close();
        return open();
      },
      transition: (kind, time) =>
        store.recordTransition({ repo: REPO, ghsaId: GHSA, transition: kind, at: at(time) }),
      audit: (action, time, repo = REPO) =>
        store.appendAudit({ at: at(time), repo, actor: 'warden', action, detail: { action } }),
    };
  }

  /** A test that gets a `TestEnv`; skipped when `skip` is true. */
  function check(title: string, body: (env: TestEnv) => Promise<void>, skip = false): void {
    it.skipIf(skip)(title, async ({ onTestFinished }) => {
      await body(await setup(onTestFinished));
    });
  }

  describe.concurrent(name, () => {
    describe('deliveries', () => {
      check('claims a delivery id once', async ({ store }) => {
        expect(await store.claimDelivery('d-1', 'push')).toBe(true);
        expect(await store.claimDelivery('d-1', 'push')).toBe(false);
        expect(await store.claimDelivery('d-2', 'push')).toBe(true);
      });

      check('lets exactly one of simultaneous claims win', async ({ store }) => {
        const results = await Promise.all(
          Array.from({ length: 8 }, () => store.claimDelivery('d-1', 'push')),
        );

        expect(results.filter(Boolean)).toHaveLength(1);
      });

      check('forgets a released claim so a redelivery can retry', async ({ store }) => {
        await store.claimDelivery('d-1', 'push');

        await store.releaseDelivery('d-1');

        expect(await store.claimDelivery('d-1', 'push')).toBe(true);
      });

      check('prunes claims older than a time, keeping newer ones', async ({ store }) => {
        await store.claimDelivery('old', 'push', at('2025-01-01T00:00:00Z'));
        await store.claimDelivery('new', 'push', at('2025-01-03T00:00:00Z'));

        const pruned = await store.pruneDeliveries(at('2025-01-02T00:00:00Z'));

        expect(pruned).toBe(1);
        expect(await store.claimDelivery('old', 'push')).toBe(true);
        expect(await store.claimDelivery('new', 'push')).toBe(false);
      });

      check('refuses an empty delivery id', async ({ store }) => {
        await expect(store.claimDelivery('', 'push')).rejects.toThrow(/deliveryId/);
      });
    });

    describe('leaks', () => {
      check('claims a leak once, then reports the advisory recorded for it', async ({ store }) => {
        expect(await store.claimLeak(leak())).toEqual({ claimed: true });
        expect(await store.claimLeak(leak())).toEqual({ claimed: false, ghsaId: null });

        await store.recordLeakAdvisory(REPO, HASH, 'GHSA-aaaa-bbbb-cccc', at('2025-01-06T10:00:00Z'));

        expect(await store.claimLeak(leak({ commit: 'c2', path: 'moved.env' }))).toEqual({
          claimed: false,
          ghsaId: 'GHSA-aaaa-bbbb-cccc',
        });
      });

      check('lets exactly one of simultaneous claims win', async ({ store }) => {
        const results = await Promise.all(Array.from({ length: 8 }, () => store.claimLeak(leak())));

        expect(results.filter((result) => result.claimed)).toHaveLength(1);
        expect(results.filter((result) => !result.claimed)).toHaveLength(7);
      });

      check('keys leaks by repository and secret hash', async ({ store }) => {
        await store.claimLeak(leak());

        expect(await store.claimLeak(leak({ repo: 'acme/other' }))).toEqual({ claimed: true });
        expect(await store.claimLeak(leak({ secretHash: OTHER_HASH }))).toEqual({ claimed: true });
      });

      check('finds a leak with everything it was claimed with', async ({ store }) => {
        await store.claimLeak(leak({ at: at('2025-01-06T09:00:00Z') }));
        expect(await store.findLeak(REPO, HASH)).toEqual({
          repo: REPO,
          secretHash: HASH,
          fingerprint: `github-pat:config/app.env:${HASH}`,
          ruleId: 'github-pat',
          commit: 'c0ffee',
          path: 'config/app.env',
          ghsaId: null,
          claimedAt: at('2025-01-06T09:00:00Z'),
          advisoryRecordedAt: null,
        });

        await store.recordLeakAdvisory(REPO, HASH, 'GHSA-aaaa-bbbb-cccc', at('2025-01-06T10:00:00Z'));

        expect(await store.findLeak(REPO, HASH)).toMatchObject({
          ghsaId: 'GHSA-aaaa-bbbb-cccc',
          advisoryRecordedAt: at('2025-01-06T10:00:00Z'),
        });
        expect(await store.findLeak(REPO, OTHER_HASH)).toBeUndefined();
      });

      check('releases an unfinished claim so creation can be retried', async ({ store }) => {
        await store.claimLeak(leak());

        expect(await store.releaseLeak(REPO, HASH)).toBe(true);

        expect(await store.findLeak(REPO, HASH)).toBeUndefined();
        expect(await store.claimLeak(leak())).toEqual({ claimed: true });
      });

      check('never releases a leak whose advisory exists', async ({ store }) => {
        await store.claimLeak(leak());
        await store.recordLeakAdvisory(REPO, HASH, 'GHSA-aaaa-bbbb-cccc');

        expect(await store.releaseLeak(REPO, HASH)).toBe(false);

        expect(await store.claimLeak(leak())).toEqual({ claimed: false, ghsaId: 'GHSA-aaaa-bbbb-cccc' });
      });

      check('records an advisory idempotently and refuses a second one', async ({ store }) => {
        await store.claimLeak(leak());
        await store.recordLeakAdvisory(REPO, HASH, 'GHSA-aaaa-bbbb-cccc');

        await expect(store.recordLeakAdvisory(REPO, HASH, 'GHSA-aaaa-bbbb-cccc')).resolves.toBeUndefined();
        await expect(store.recordLeakAdvisory(REPO, HASH, 'GHSA-xxxx-yyyy-zzzz')).rejects.toThrow(
          /already has advisory GHSA-aaaa-bbbb-cccc/,
        );
      });

      check('refuses to record an advisory for a leak nobody claimed', async ({ store }) => {
        await expect(store.recordLeakAdvisory(REPO, HASH, 'GHSA-aaaa-bbbb-cccc')).rejects.toThrow(/no claim/);
      });

      check('takes over a stale unfinished claim, once', async ({ store }) => {
        await store.claimLeak(leak({ at: at('2025-01-06T09:00:00Z') }));
        const retry = leak({
          at: at('2025-01-06T10:00:00Z'),
          commit: 'c2',
          reclaimIfClaimedBefore: at('2025-01-06T09:30:00Z'),
        });

        const results = await Promise.all([store.claimLeak(retry), store.claimLeak(retry)]);

        expect(results.filter((result) => result.claimed)).toHaveLength(1);
        expect(await store.findLeak(REPO, HASH)).toMatchObject({ commit: 'c2', claimedAt: retry.at });
      });

      check('leaves a fresh claim and a finished one alone when asked to take over', async ({ store }) => {
        await store.claimLeak(leak({ at: at('2025-01-06T09:00:00Z') }));
        const retry = leak({ reclaimIfClaimedBefore: at('2025-01-06T08:00:00Z') });
        expect(await store.claimLeak(retry)).toEqual({ claimed: false, ghsaId: null });

        await store.recordLeakAdvisory(REPO, HASH, 'GHSA-aaaa-bbbb-cccc');

        expect(
          await store.claimLeak(
            leak({ at: at('2030-01-01T01:00:00Z'), reclaimIfClaimedBefore: at('2030-01-01T00:00:00Z') }),
          ),
        ).toEqual({
          claimed: false,
          ghsaId: 'GHSA-aaaa-bbbb-cccc',
        });
      });

      check('refuses a secret hash that is not a hex digest, without echoing it', async ({ store }) => {
        const notAHash = 'ghp_ThisIsNotAHashButATokenShapedValue0';

        const error = await store
          .claimLeak(leak({ secretHash: notAHash }))
          .catch((caught: unknown) => caught);

        expect(error).toBeInstanceOf(Error);
        expect((error as Error).message).toMatch(/hex digest/);
        expect((error as Error).message).not.toContain(notAHash);
      });
    });

    describe('advisory transitions', () => {
      check('records the first sighting of a transition only', async ({ store, transition }) => {
        expect(await transition('acknowledged', '2025-01-06T10:00:00Z')).toBe(true);
        expect(await transition('acknowledged', '2025-01-07T10:00:00Z')).toBe(false);

        expect(await store.getTimeline(REPO, GHSA)).toEqual({
          acknowledged_at: '2025-01-06T10:00:00.000Z',
          paused: [],
        });
      });

      check(
        'moves a known transition back to earlier evidence without reporting it as new',
        async ({ store, transition }) => {
          await transition('triaged', '2025-01-08T10:00:00Z');

          expect(await transition('triaged', '2025-01-07T12:00:00Z')).toBe(false);

          expect((await store.getTimeline(REPO, GHSA)).triaged_at).toBe('2025-01-07T12:00:00.000Z');
        },
      );

      check('maps every transition to its timeline field', async ({ store, transition }) => {
        await transition('reported', '2025-01-06T09:00:00Z');
        await transition('acknowledged', '2025-01-06T10:00:00Z');
        await transition('triaged', '2025-01-07T10:00:00Z');
        await transition('fixed', '2025-01-20T10:00:00Z');
        await transition('published', '2025-01-21T10:00:00Z');
        await transition('closed', '2025-01-22T10:00:00Z');

        expect(await store.getTimeline(REPO, GHSA)).toEqual({
          reported_at: '2025-01-06T09:00:00.000Z',
          acknowledged_at: '2025-01-06T10:00:00.000Z',
          triaged_at: '2025-01-07T10:00:00.000Z',
          fixed_at: '2025-01-20T10:00:00.000Z',
          published_at: '2025-01-21T10:00:00.000Z',
          closed_at: '2025-01-22T10:00:00.000Z',
          paused: [],
        });
      });

      check('keeps pauses as a list, one open at a time', async ({ store, transition }) => {
        expect(await transition('pause-start', '2025-01-07T00:00:00Z')).toBe(true);
        expect(await transition('pause-start', '2025-01-07T12:00:00Z')).toBe(false);
        expect(await transition('pause-end', '2025-01-09T00:00:00Z')).toBe(true);
        expect(await transition('pause-end', '2025-01-09T12:00:00Z')).toBe(false);
        expect(await transition('pause-start', '2025-01-07T00:00:00Z')).toBe(false);
        expect(await transition('pause-start', '2025-01-12T00:00:00Z')).toBe(true);

        expect((await store.getTimeline(REPO, GHSA)).paused).toEqual([
          { from: '2025-01-07T00:00:00.000Z', to: '2025-01-09T00:00:00.000Z' },
          { from: '2025-01-12T00:00:00.000Z' },
        ]);
      });

      check(
        'lets exactly one of simultaneous sightings be new, and keeps the earliest',
        async ({ store, transition }) => {
          const times = [
            '2025-01-06T12:00:00Z',
            '2025-01-06T10:00:00Z',
            '2025-01-06T11:00:00Z',
            '2025-01-06T13:00:00Z',
          ];

          const results = await Promise.all(times.map((time) => transition('acknowledged', time)));

          expect(results.filter(Boolean)).toHaveLength(1);
          expect((await store.getTimeline(REPO, GHSA)).acknowledged_at).toBe('2025-01-06T10:00:00.000Z');
        },
      );

      check('opens one pause when several workers see it start at once', async ({ store, transition }) => {
        const results = await Promise.all([
          transition('pause-start', '2025-01-07T00:00:00Z'),
          transition('pause-start', '2025-01-07T00:05:00Z'),
          transition('pause-start', '2025-01-07T00:10:00Z'),
        ]);

        expect(results.filter(Boolean)).toHaveLength(1);
        expect((await store.getTimeline(REPO, GHSA)).paused).toHaveLength(1);
      });

      check(
        'keeps each advisory apart and answers an empty timeline for an unknown one',
        async ({ store, transition }) => {
          await transition('acknowledged', '2025-01-06T10:00:00Z');

          expect(await store.getTimeline(REPO, 'GHSA-2222-2222-2222')).toEqual({ paused: [] });
          expect(await store.getTimeline('acme/other', GHSA)).toEqual({ paused: [] });
        },
      );

      check('refuses an unknown transition and an invalid time', async ({ store }) => {
        await expect(
          store.recordTransition({
            repo: REPO,
            ghsaId: GHSA,
            transition: 'accepted' as 'fixed',
            at: new Date(),
          }),
        ).rejects.toThrow(/unknown advisory transition "accepted"/);
        await expect(
          store.recordTransition({ repo: REPO, ghsaId: GHSA, transition: 'fixed', at: new Date('nope') }),
        ).rejects.toThrow(/valid Date/);
      });
    });

    describe('advisory snapshots and tracking', () => {
      const draft = { state: 'draft', severity: 'high', updatedAt: at('2025-01-06T10:00:00Z') };
      const published = { state: 'published', severity: null, updatedAt: at('2025-01-21T10:00:00Z') };

      check('returns the previous snapshot on each upsert', async ({ store }) => {
        expect(await store.getAdvisorySnapshot(REPO, GHSA)).toBeUndefined();

        expect(await store.upsertAdvisorySnapshot(REPO, GHSA, draft)).toBeUndefined();
        expect(await store.upsertAdvisorySnapshot(REPO, GHSA, published)).toEqual(draft);

        expect(await store.getAdvisorySnapshot(REPO, GHSA)).toEqual(published);
      });

      check(
        'lists tracked advisories, sorted, with their snapshots, optionally for one repository',
        async ({ store, transition }) => {
          await store.upsertAdvisorySnapshot('acme/zeta', 'GHSA-9999-9999-9999', draft);
          await transition('reported', '2025-01-06T09:00:00Z');
          await store.upsertAdvisorySnapshot(REPO, 'GHSA-0000-0000-0000', published);

          expect(await store.listTrackedAdvisories()).toEqual([
            { repo: REPO, ghsaId: 'GHSA-0000-0000-0000', snapshot: published },
            { repo: REPO, ghsaId: GHSA },
            { repo: 'acme/zeta', ghsaId: 'GHSA-9999-9999-9999', snapshot: draft },
          ]);
          expect(await store.listTrackedAdvisories('acme/zeta')).toEqual([
            { repo: 'acme/zeta', ghsaId: 'GHSA-9999-9999-9999', snapshot: draft },
          ]);
          expect(await store.listTrackedAdvisories('acme/none')).toEqual([]);
        },
      );

      check('tracks an advisory from its first pause too', async ({ store, transition }) => {
        await transition('pause-start', '2025-01-07T00:00:00Z');

        expect(await store.listTrackedAdvisories()).toEqual([{ repo: REPO, ghsaId: GHSA }]);
      });
    });

    describe('notifications', () => {
      check('claims a notification key once, also under simultaneous claims', async ({ store }) => {
        const key = `sla:${GHSA}:triage:due-soon`;

        const results = await Promise.all(
          Array.from({ length: 6 }, () => store.claimNotification(key, 'issue #7')),
        );

        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await store.claimNotification(key)).toBe(false);
        expect(await store.claimNotification(`sla:${GHSA}:triage:breached`)).toBe(true);
      });

      check('forgets a released notification so it can be sent again', async ({ store }) => {
        await store.claimNotification('k');

        await store.releaseNotification('k');

        expect(await store.claimNotification('k')).toBe(true);
      });
    });

    describe('audit log', () => {
      check('lists entries newest first, with insertion order breaking ties', async ({ store, audit }) => {
        await audit('first', '2025-01-06T10:00:00Z');
        await audit('third', '2025-01-06T12:00:00Z');
        await audit('second-a', '2025-01-06T11:00:00Z');
        await audit('second-b', '2025-01-06T11:00:00Z');

        const entries = await store.listAudit();

        expect(entries.map((entry) => entry.action)).toEqual(['third', 'second-b', 'second-a', 'first']);
      });

      check(
        'round-trips every field, including large installation ids and nested detail',
        async ({ store }) => {
          const detail = { ghsaId: GHSA, redacted: 'ghp_…', nested: { list: [1, 'två', null], flag: true } };
          await store.appendAudit({
            at: at('2025-01-06T10:00:00Z'),
            installationId: 5_000_000_123,
            repo: REPO,
            actor: 'warden',
            action: 'advisory-created',
            detail,
          });
          await store.appendAudit({
            at: at('2025-01-06T11:00:00Z'),
            repo: REPO,
            actor: 'warden',
            action: 'x',
            detail: {},
          });

          const [without, withAll] = await store.listAudit();

          expect(withAll).toEqual({
            id: expect.any(Number),
            at: at('2025-01-06T10:00:00Z'),
            installationId: 5_000_000_123,
            repo: REPO,
            actor: 'warden',
            action: 'advisory-created',
            detail,
          });
          expect(without).not.toHaveProperty('installationId');
          expect(without!.id).toBeGreaterThan(withAll!.id);
        },
      );

      check('filters by repository and limits the count', async ({ store, audit }) => {
        await audit('a1', '2025-01-06T10:00:00Z');
        await audit('b1', '2025-01-06T11:00:00Z', 'acme/other');
        await audit('a2', '2025-01-06T12:00:00Z');
        await audit('a3', '2025-01-06T13:00:00Z');

        expect((await store.listAudit({ repo: REPO })).map((entry) => entry.action)).toEqual([
          'a3',
          'a2',
          'a1',
        ]);
        expect((await store.listAudit({ limit: 2 })).map((entry) => entry.action)).toEqual(['a3', 'a2']);
        expect(
          (await store.listAudit({ repo: 'acme/other', limit: 5 })).map((entry) => entry.action),
        ).toEqual(['b1']);
      });
    });

    describe('tracking issues', () => {
      check('remembers one issue per repository and purpose, replacing it on set', async ({ store }) => {
        expect(await store.getTrackingIssue(REPO, `advisory:${GHSA}`)).toBeUndefined();

        await store.setTrackingIssue(REPO, `advisory:${GHSA}`, 12);
        await store.setTrackingIssue(REPO, 'branch-protection', 13);
        await store.setTrackingIssue(REPO, `advisory:${GHSA}`, 14);

        expect(await store.getTrackingIssue(REPO, `advisory:${GHSA}`)).toBe(14);
        expect(await store.getTrackingIssue(REPO, 'branch-protection')).toBe(13);
        expect(await store.getTrackingIssue('acme/other', 'branch-protection')).toBeUndefined();
      });

      check('keeps the hash of what was last written, replaced (or cleared) on set', async ({ store }) => {
        expect(await store.findTrackingIssue(REPO, 'branch-protection')).toBeUndefined();

        await store.setTrackingIssue(REPO, 'branch-protection', 13, 'a1b2');
        expect(await store.findTrackingIssue(REPO, 'branch-protection')).toEqual({
          issueNumber: 13,
          contentHash: 'a1b2',
        });

        await store.setTrackingIssue(REPO, 'branch-protection', 13, 'resolved');
        expect((await store.findTrackingIssue(REPO, 'branch-protection'))?.contentHash).toBe('resolved');
        await store.setTrackingIssue(REPO, 'branch-protection', 15);
        expect(await store.findTrackingIssue(REPO, 'branch-protection')).toEqual({
          issueNumber: 15,
          contentHash: null,
        });
      });

      check('refuses an issue number that is not a positive integer', async ({ store }) => {
        await expect(store.setTrackingIssue(REPO, 'p', 0)).rejects.toThrow(/positive integer/);
      });
    });

    describe('leases', () => {
      const t0 = at('2025-01-06T10:00:00Z');
      const later = (ms: number) => new Date(t0.getTime() + ms);

      check('gives a lease to one holder until it expires, renewing for the holder', async ({ store }) => {
        expect(await store.acquireLease('sweep:1', 'a', 60_000, t0)).toBe(true);
        expect(await store.acquireLease('sweep:1', 'b', 60_000, later(1_000))).toBe(false);
        expect(await store.acquireLease('sweep:1', 'a', 60_000, later(30_000))).toBe(true);
        expect(await store.acquireLease('sweep:1', 'b', 60_000, later(89_999))).toBe(false);
        expect(await store.acquireLease('sweep:1', 'b', 60_000, later(90_000))).toBe(true);
        expect(await store.acquireLease('sweep:1', 'a', 60_000, later(90_001))).toBe(false);
        expect(await store.acquireLease('sweep:2', 'a', 60_000, later(90_001))).toBe(true);
      });

      check('releases only the holder’s own lease', async ({ store }) => {
        await store.acquireLease('sweep:1', 'a', 60_000, t0);

        await store.releaseLease('sweep:1', 'b');
        expect(await store.acquireLease('sweep:1', 'b', 60_000, later(1))).toBe(false);
        await store.releaseLease('sweep:1', 'a');

        expect(await store.acquireLease('sweep:1', 'b', 60_000, later(2))).toBe(true);
      });

      check('lets exactly one of simultaneous holders win', async ({ store }) => {
        const holders = ['a', 'b', 'c', 'd', 'e'];

        const results = await Promise.all(
          holders.map((holder) => store.acquireLease('sweep:1', holder, 60_000, t0)),
        );

        expect(results.filter(Boolean)).toHaveLength(1);
      });

      check('refuses a ttl that is not positive', async ({ store }) => {
        await expect(store.acquireLease('sweep:1', 'a', 0, t0)).rejects.toThrow(/ttlMs/);
      });
    });

    describe('lifecycle', () => {
      check('closes idempotently', async ({ store }) => {
        await store.close();

        await expect(store.close()).resolves.toBeUndefined();
      });

      check(
        'keeps everything across a reopen',
        async ({ store, reopen, transition, audit }) => {
          await store.claimDelivery('d-1', 'push');
          await store.claimLeak(leak());
          await store.recordLeakAdvisory(REPO, HASH, 'GHSA-aaaa-bbbb-cccc');
          await transition('acknowledged', '2025-01-06T10:00:00Z');
          await transition('pause-start', '2025-01-07T00:00:00Z');
          await store.upsertAdvisorySnapshot(REPO, GHSA, {
            state: 'draft',
            severity: 'low',
            updatedAt: at('2025-01-06T10:00:00Z'),
          });
          await store.claimNotification('n-1');
          await audit('advisory-created', '2025-01-06T10:00:00Z');
          await store.setTrackingIssue(REPO, 'p', 3);
          await store.acquireLease('sweep:1', 'a', 60_000, at('2025-01-06T10:00:00Z'));

          const again = await reopen();

          expect(again.migrationsApplied).toEqual([]);
          expect(await again.claimDelivery('d-1', 'push')).toBe(false);
          expect(await again.claimLeak(leak())).toEqual({ claimed: false, ghsaId: 'GHSA-aaaa-bbbb-cccc' });
          expect(await again.getTimeline(REPO, GHSA)).toEqual({
            acknowledged_at: '2025-01-06T10:00:00.000Z',
            paused: [{ from: '2025-01-07T00:00:00.000Z' }],
          });
          expect(await again.getAdvisorySnapshot(REPO, GHSA)).toMatchObject({
            state: 'draft',
            severity: 'low',
          });
          expect(await again.claimNotification('n-1')).toBe(false);
          expect((await again.listAudit()).map((entry) => entry.action)).toEqual(['advisory-created']);
          expect(await again.getTrackingIssue(REPO, 'p')).toBe(3);
          expect(await again.acquireLease('sweep:1', 'b', 60_000, at('2025-01-06T10:00:30Z'))).toBe(false);
        },
        !factory.persistent,
      );

      check('applies the migrations on the first open only', async ({ store, reopen }) => {
        expect(store.migrationsApplied).toEqual(['0001-initial', '0002-tracking-issue-hash']);

        if (factory.persistent) {
          const again = await reopen();
          const third = await reopen();
          expect(again.migrationsApplied).toEqual([]);
          expect(third.migrationsApplied).toEqual([]);
        }
      });

      check(
        'serves several replicas at once',
        async ({ store, open }) => {
          const replica = await open();

          const deliveries = await Promise.all([
            store.claimDelivery('d-1', 'push'),
            replica.claimDelivery('d-1', 'push'),
            store.claimDelivery('d-1', 'push'),
            replica.claimDelivery('d-1', 'push'),
          ]);
          const leaks = await Promise.all([store.claimLeak(leak()), replica.claimLeak(leak())]);
          const leases = await Promise.all([
            store.acquireLease('sweep:1', 'a', 60_000, new Date()),
            replica.acquireLease('sweep:1', 'b', 60_000, new Date()),
          ]);

          expect(deliveries.filter(Boolean)).toHaveLength(1);
          expect(leaks.filter((result) => result.claimed)).toHaveLength(1);
          expect(leases.filter(Boolean)).toHaveLength(1);
        },
        !factory.replicas,
      );
    });
  });
}

const REPO = 'acme/widgets';
const GHSA = 'GHSA-1111-1111-1111';
const HASH = '0123456789abcdef0123456789abcdef';
const OTHER_HASH = 'fedcba9876543210fedcba9876543210';

function at(iso: string): Date {
  return new Date(iso);
}

function leak(overrides: Partial<LeakClaimInput> = {}): LeakClaimInput {
  const secretHash = overrides.secretHash ?? HASH;
  return {
    repo: REPO,
    secretHash,
    fingerprint: `github-pat:config/app.env:${secretHash}`,
    ruleId: 'github-pat',
    commit: 'c0ffee',
    path: 'config/app.env',
    ...overrides,
  };
}
