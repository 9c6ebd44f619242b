import type { Kysely } from 'kysely';
import { fromJson, type StoreDialect, toDate, toDateOrNull, toIso, toNumber } from './dialect.js';
import type { StoreDatabase } from './schema.js';
import {
  ADVISORY_TRANSITIONS,
  type AdvisorySnapshot,
  type AdvisoryTimeline,
  type AdvisoryTransition,
  type AuditEntry,
  type AuditEntryInput,
  type AuditQuery,
  type LeakClaim,
  type LeakClaimInput,
  type LeakRecord,
  type RepoFullName,
  type Store,
  type TrackedAdvisory,
  type TrackingIssueRecord,
  type TransitionInput,
} from './store.js';

/** Default and largest page of `listAudit`. */
const AUDIT_DEFAULT_LIMIT = 100;
const AUDIT_MAX_LIMIT = 1000;

/**
 * A secret hash as core makes it (`hashSecret`: hex SHA-256, 32 characters) or a full hex
 * digest. Anything else is refused, so that a caller cannot pass the secret by mistake.
 */
const SECRET_HASH = /^[0-9a-f]{16,128}$/i;

/** The timeline key of each non-pause transition. */
const TIMELINE_KEY = {
  reported: 'reported_at',
  acknowledged: 'acknowledged_at',
  triaged: 'triaged_at',
  fixed: 'fixed_at',
  published: 'published_at',
  closed: 'closed_at',
} as const satisfies Record<Exclude<AdvisoryTransition, 'pause-start' | 'pause-end'>, keyof AdvisoryTimeline>;

/**
 * The `Store` over Kysely, one class for SQLite and PostgreSQL. Every claim is a single
 * `INSERT ... ON CONFLICT DO NOTHING` (or a conditional `UPDATE`) whose affected-row count
 * says who won, so correctness never depends on a read followed by a write.
 *
 * Construct it through `openStore`, which also runs the migrations.
 */
export class KyselyStore implements Store {
  #closed = false;

  /**
   * @param db a Kysely instance over a migrated database; the store owns it and destroys it on `close`.
   * @param dialect which database `db` talks to.
   * @param migrationsApplied names of the migrations `openStore` applied when opening (empty when none were pending).
   */
  constructor(
    private readonly db: Kysely<StoreDatabase>,
    readonly dialect: StoreDialect,
    readonly migrationsApplied: readonly string[] = [],
  ) {}

  async claimDelivery(deliveryId: string, event: string, at: Date = new Date()): Promise<boolean> {
    requireText(deliveryId, 'deliveryId');
    const result = await this.db
      .insertInto('deliveries')
      .values({ delivery_id: deliveryId, event, claimed_at: toIso(at, 'at') })
      .onConflict((oc) => oc.column('delivery_id').doNothing())
      .executeTakeFirst();
    return result.numInsertedOrUpdatedRows === 1n;
  }

  async releaseDelivery(deliveryId: string): Promise<void> {
    await this.db.deleteFrom('deliveries').where('delivery_id', '=', deliveryId).execute();
  }

  async pruneDeliveries(olderThan: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('deliveries')
      .where('claimed_at', '<', toIso(olderThan, 'olderThan'))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async claimLeak(input: LeakClaimInput): Promise<LeakClaim> {
    const { repo, secretHash } = input;
    requireText(repo, 'repo');
    requireSecretHash(secretHash);
    const at = input.at ?? new Date();
    const claimedAt = toIso(at, 'at');
    // A takeover stamps the claim with `at`; were `at` inside the stale window, a second
    // worker could take over the claim just taken over.
    if (input.reclaimIfClaimedBefore !== undefined && input.reclaimIfClaimedBefore > at) {
      throw new TypeError('Store: reclaimIfClaimedBefore must not be later than the claim time `at`');
    }
    const details = {
      fingerprint: input.fingerprint,
      rule_id: input.ruleId,
      commit_sha: input.commit,
      path: input.path,
    };
    // A claim can vanish between our failed insert and our read (its worker released it);
    // then the insert is simply tried again. Three rounds make an endless tie impossible in practice.
    for (let round = 0; round < 3; round += 1) {
      const inserted = await this.db
        .insertInto('leaks')
        .values({ repo, secret_hash: secretHash, ...details, ghsa_id: null, claimed_at: claimedAt })
        .onConflict((oc) => oc.columns(['repo', 'secret_hash']).doNothing())
        .executeTakeFirst();
      if (inserted.numInsertedOrUpdatedRows === 1n) return { claimed: true };

      if (input.reclaimIfClaimedBefore !== undefined) {
        // Conditional update: only one of several workers can take over the same stale claim.
        const taken = await this.db
          .updateTable('leaks')
          .set({ ...details, claimed_at: claimedAt })
          .where('repo', '=', repo)
          .where('secret_hash', '=', secretHash)
          .where('ghsa_id', 'is', null)
          .where('claimed_at', '<', toIso(input.reclaimIfClaimedBefore, 'reclaimIfClaimedBefore'))
          .executeTakeFirst();
        if (taken.numUpdatedRows === 1n) return { claimed: true };
      }

      const existing = await this.db
        .selectFrom('leaks')
        .select('ghsa_id')
        .where('repo', '=', repo)
        .where('secret_hash', '=', secretHash)
        .executeTakeFirst();
      if (existing) return { claimed: false, ghsaId: existing.ghsa_id };
    }
    throw new Error(`Store: could not claim the leak ${secretHash} in ${repo}: its claim keeps changing`);
  }

  async recordLeakAdvisory(
    repo: RepoFullName,
    secretHash: string,
    ghsaId: string,
    at: Date = new Date(),
  ): Promise<void> {
    requireText(ghsaId, 'ghsaId');
    const result = await this.db
      .updateTable('leaks')
      .set({ ghsa_id: ghsaId, advisory_recorded_at: toIso(at, 'at') })
      .where('repo', '=', repo)
      .where('secret_hash', '=', secretHash)
      .where('ghsa_id', 'is', null)
      .executeTakeFirst();
    if (result.numUpdatedRows === 1n) return;

    const existing = await this.findLeak(repo, secretHash);
    if (existing?.ghsaId === ghsaId) return;
    if (!existing) {
      throw new Error(
        `Store: no claim for leak ${secretHash} in ${repo}; call claimLeak before recording advisory ${ghsaId}`,
      );
    }
    throw new Error(
      `Store: leak ${secretHash} in ${repo} already has advisory ${existing.ghsaId}; not recording ${ghsaId}`,
    );
  }

  async releaseLeak(repo: RepoFullName, secretHash: string): Promise<boolean> {
    // Only an unfinished claim may be dropped: forgetting a recorded advisory would let the
    // next push open a second one.
    const result = await this.db
      .deleteFrom('leaks')
      .where('repo', '=', repo)
      .where('secret_hash', '=', secretHash)
      .where('ghsa_id', 'is', null)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async findLeak(repo: RepoFullName, secretHash: string): Promise<LeakRecord | undefined> {
    const row = await this.db
      .selectFrom('leaks')
      .selectAll()
      .where('repo', '=', repo)
      .where('secret_hash', '=', secretHash)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      repo: row.repo,
      secretHash: row.secret_hash,
      fingerprint: row.fingerprint,
      ruleId: row.rule_id,
      commit: row.commit_sha,
      path: row.path,
      ghsaId: row.ghsa_id,
      claimedAt: toDate(row.claimed_at),
      advisoryRecordedAt: toDateOrNull(row.advisory_recorded_at),
    };
  }

  async recordTransition(input: TransitionInput): Promise<boolean> {
    const { repo, ghsaId, transition } = input;
    requireText(repo, 'repo');
    requireText(ghsaId, 'ghsaId');
    if (!ADVISORY_TRANSITIONS.includes(transition)) {
      throw new TypeError(`Store: unknown advisory transition "${String(transition)}"`);
    }
    const at = toIso(input.at, 'at');
    await this.#trackAdvisory(repo, ghsaId);

    if (transition === 'pause-start') {
      // Without a conflict target this skips on either the primary key (a redelivered start)
      // or the partial unique index (a pause is already open).
      const result = await this.db
        .insertInto('advisory_pauses')
        .values({ repo, ghsa_id: ghsaId, started_at: at, ended_at: null })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return result.numInsertedOrUpdatedRows === 1n;
    }
    if (transition === 'pause-end') {
      const result = await this.db
        .updateTable('advisory_pauses')
        .set({ ended_at: at })
        .where('repo', '=', repo)
        .where('ghsa_id', '=', ghsaId)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    }

    const inserted = await this.db
      .insertInto('advisory_transitions')
      .values({ repo, ghsa_id: ghsaId, transition, at, recorded_at: toIso(new Date()) })
      .onConflict((oc) => oc.columns(['repo', 'ghsa_id', 'transition']).doNothing())
      .executeTakeFirst();
    if (inserted.numInsertedOrUpdatedRows === 1n) return true;
    // Known already: keep the earliest evidence, so the result does not depend on whether the
    // webhook or the sweep was processed first.
    await this.db
      .updateTable('advisory_transitions')
      .set({ at })
      .where('repo', '=', repo)
      .where('ghsa_id', '=', ghsaId)
      .where('transition', '=', transition)
      .where('at', '>', at)
      .execute();
    return false;
  }

  async getTimeline(repo: RepoFullName, ghsaId: string): Promise<AdvisoryTimeline> {
    const [transitions, pauses] = await Promise.all([
      this.db
        .selectFrom('advisory_transitions')
        .select(['transition', 'at'])
        .where('repo', '=', repo)
        .where('ghsa_id', '=', ghsaId)
        .execute(),
      this.db
        .selectFrom('advisory_pauses')
        .select(['started_at', 'ended_at'])
        .where('repo', '=', repo)
        .where('ghsa_id', '=', ghsaId)
        .orderBy('started_at')
        .execute(),
    ]);
    const timeline: AdvisoryTimeline = { paused: [] };
    for (const row of transitions) {
      const key = TIMELINE_KEY[row.transition as keyof typeof TIMELINE_KEY];
      if (key) timeline[key] = toDate(row.at).toISOString();
    }
    timeline.paused = pauses.map((row) => {
      const to = toDateOrNull(row.ended_at);
      return to
        ? { from: toDate(row.started_at).toISOString(), to: to.toISOString() }
        : { from: toDate(row.started_at).toISOString() };
    });
    return timeline;
  }

  async listTrackedAdvisories(repo?: RepoFullName): Promise<TrackedAdvisory[]> {
    let query = this.db
      .selectFrom('advisories')
      .select(['repo', 'ghsa_id', 'state', 'severity', 'updated_at'])
      .orderBy('repo')
      .orderBy('ghsa_id');
    if (repo !== undefined) query = query.where('repo', '=', repo);
    const rows = await query.execute();
    return rows.map((row) => {
      const snapshot = toSnapshot(row);
      return snapshot
        ? { repo: row.repo, ghsaId: row.ghsa_id, snapshot }
        : { repo: row.repo, ghsaId: row.ghsa_id };
    });
  }

  async upsertAdvisorySnapshot(
    repo: RepoFullName,
    ghsaId: string,
    snapshot: AdvisorySnapshot,
    seenAt: Date = new Date(),
  ): Promise<AdvisorySnapshot | undefined> {
    requireText(repo, 'repo');
    requireText(ghsaId, 'ghsaId');
    requireText(snapshot.state, 'snapshot.state');
    const updatedAt = toIso(snapshot.updatedAt, 'snapshot.updatedAt');
    const snapshotAt = toIso(seenAt, 'seenAt');
    await this.#trackAdvisory(repo, ghsaId);
    return this.db.transaction().execute(async (trx) => {
      let read = trx
        .selectFrom('advisories')
        .select(['state', 'severity', 'updated_at'])
        .where('repo', '=', repo)
        .where('ghsa_id', '=', ghsaId);
      // On PostgreSQL two sweeps could otherwise both read the same "previous" snapshot;
      // SQLite runs one write transaction at a time, and has no FOR UPDATE.
      if (this.dialect === 'postgres') read = read.forUpdate();
      const previous = await read.executeTakeFirst();
      await trx
        .updateTable('advisories')
        .set({
          state: snapshot.state,
          severity: snapshot.severity,
          updated_at: updatedAt,
          snapshot_at: snapshotAt,
        })
        .where('repo', '=', repo)
        .where('ghsa_id', '=', ghsaId)
        .execute();
      return previous ? toSnapshot(previous) : undefined;
    });
  }

  async getAdvisorySnapshot(repo: RepoFullName, ghsaId: string): Promise<AdvisorySnapshot | undefined> {
    const row = await this.db
      .selectFrom('advisories')
      .select(['state', 'severity', 'updated_at'])
      .where('repo', '=', repo)
      .where('ghsa_id', '=', ghsaId)
      .executeTakeFirst();
    return row ? toSnapshot(row) : undefined;
  }

  async claimNotification(key: string, detail?: string, at: Date = new Date()): Promise<boolean> {
    requireText(key, 'key');
    const result = await this.db
      .insertInto('notifications')
      .values({ notification_key: key, detail: detail ?? null, claimed_at: toIso(at, 'at') })
      .onConflict((oc) => oc.column('notification_key').doNothing())
      .executeTakeFirst();
    return result.numInsertedOrUpdatedRows === 1n;
  }

  async releaseNotification(key: string): Promise<void> {
    await this.db.deleteFrom('notifications').where('notification_key', '=', key).execute();
  }

  async appendAudit(entry: AuditEntryInput): Promise<void> {
    requireText(entry.repo, 'repo');
    requireText(entry.action, 'action');
    await this.db
      .insertInto('audit_log')
      .values({
        at: toIso(entry.at, 'at'),
        installation_id: entry.installationId ?? null,
        repo: entry.repo,
        actor: entry.actor,
        action: entry.action,
        detail: JSON.stringify(entry.detail),
      })
      .execute();
  }

  async listAudit(query: AuditQuery = {}): Promise<AuditEntry[]> {
    const requested = Number.isFinite(query.limit) ? Math.trunc(query.limit as number) : AUDIT_DEFAULT_LIMIT;
    const limit = Math.min(Math.max(requested, 1), AUDIT_MAX_LIMIT);
    let select = this.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit);
    if (query.repo !== undefined) select = select.where('repo', '=', query.repo);
    const rows = await select.execute();
    return rows.map((row) => {
      const entry: AuditEntry = {
        id: toNumber(row.id),
        at: toDate(row.at),
        repo: row.repo,
        actor: row.actor as AuditEntry['actor'],
        action: row.action,
        detail: fromJson(row.detail) as Record<string, unknown>,
      };
      if (row.installation_id !== null) entry.installationId = toNumber(row.installation_id);
      return entry;
    });
  }

  async getTrackingIssue(repo: RepoFullName, purpose: string): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('tracking_issues')
      .select('issue_number')
      .where('repo', '=', repo)
      .where('purpose', '=', purpose)
      .executeTakeFirst();
    return row?.issue_number;
  }

  async findTrackingIssue(repo: RepoFullName, purpose: string): Promise<TrackingIssueRecord | undefined> {
    const row = await this.db
      .selectFrom('tracking_issues')
      .select(['issue_number', 'content_hash'])
      .where('repo', '=', repo)
      .where('purpose', '=', purpose)
      .executeTakeFirst();
    return row ? { issueNumber: row.issue_number, contentHash: row.content_hash } : undefined;
  }

  async setTrackingIssue(
    repo: RepoFullName,
    purpose: string,
    issueNumber: number,
    contentHash?: string,
  ): Promise<void> {
    requireText(repo, 'repo');
    requireText(purpose, 'purpose');
    if (!Number.isSafeInteger(issueNumber) || issueNumber <= 0) {
      throw new TypeError(`Store: issueNumber must be a positive integer, got ${issueNumber}`);
    }
    const updatedAt = toIso(new Date());
    const hash = contentHash ?? null;
    await this.db
      .insertInto('tracking_issues')
      .values({ repo, purpose, issue_number: issueNumber, updated_at: updatedAt, content_hash: hash })
      .onConflict((oc) =>
        oc
          .columns(['repo', 'purpose'])
          .doUpdateSet({ issue_number: issueNumber, updated_at: updatedAt, content_hash: hash }),
      )
      .execute();
  }

  async acquireLease(name: string, holder: string, ttlMs: number, now: Date): Promise<boolean> {
    requireText(name, 'name');
    requireText(holder, 'holder');
    if (!Number.isFinite(ttlMs) || ttlMs <= 0) {
      throw new TypeError(`Store: ttlMs must be a positive number of milliseconds, got ${ttlMs}`);
    }
    const nowIso = toIso(now, 'now');
    const expiresAt = toIso(new Date(now.getTime() + ttlMs), 'now + ttlMs');
    // One statement: insert a free lease, or take it over when it is ours or has expired.
    // When the WHERE fails, no row changes, and the affected-row count is 0 in both dialects.
    const result = await this.db
      .insertInto('leases')
      .values({ name, holder, expires_at: expiresAt })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet({ holder, expires_at: expiresAt })
          .where((eb) => eb.or([eb('leases.holder', '=', holder), eb('leases.expires_at', '<=', nowIso)])),
      )
      .executeTakeFirst();
    return result.numInsertedOrUpdatedRows === 1n;
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    await this.db.deleteFrom('leases').where('name', '=', name).where('holder', '=', holder).execute();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.db.destroy();
  }

  /** Makes sure the advisory has a row in `advisories`, which is what "tracked" means. */
  async #trackAdvisory(repo: RepoFullName, ghsaId: string): Promise<void> {
    await this.db
      .insertInto('advisories')
      .values({
        repo,
        ghsa_id: ghsaId,
        first_seen_at: toIso(new Date()),
        state: null,
        severity: null,
        updated_at: null,
        snapshot_at: null,
      })
      .onConflict((oc) => oc.columns(['repo', 'ghsa_id']).doNothing())
      .execute();
  }
}

/** A snapshot from an `advisories` row, or undefined when no sweep has stored one yet. */
function toSnapshot(row: {
  state: string | null;
  severity: string | null;
  updated_at: Date | string | null;
}): AdvisorySnapshot | undefined {
  if (row.state === null || row.updated_at === null) return undefined;
  return { state: row.state, severity: row.severity, updatedAt: toDate(row.updated_at) };
}

function requireText(value: unknown, name: string): void {
  if (typeof value !== 'string' || value.length === 0) {
    throw new TypeError(`Store: ${name} must be a non-empty string`);
  }
}

function requireSecretHash(secretHash: string): void {
  if (typeof secretHash !== 'string' || !SECRET_HASH.test(secretHash)) {
    // The value is not echoed: if this is the secret itself, the message must not carry it.
    throw new TypeError(
      'Store: secretHash must be a hex digest of the secret (hashSecret in core), never the secret itself',
    );
  }
}
