/**
 * The App's memory: what it has already done, so that a redelivered webhook, a re-push, a
 * restart or a second replica never does it again, and what it has seen of advisories that
 * GitHub keeps no history of.
 *
 * Nothing here ever holds a whole secret: leaks are keyed by a hash of the secret, and
 * carry only its fingerprint (`ruleId:path:hash`), never the value or its redaction.
 */

/** A repository as `owner/name`. */
export type RepoFullName = string;

/** What `claimLeak` is told about a leak: identity (`repo` + `secretHash`) and where it was found. */
export interface LeakClaimInput {
  repo: RepoFullName;
  /** Hex hash of the secret (`hashSecret` in core). The key: one advisory per secret per repo. */
  secretHash: string;
  /** `ruleId:path:hash` of the finding that first reached a protected branch. */
  fingerprint: string;
  ruleId: string;
  /** The commit that added the secret. */
  commit: string;
  path: string;
  /** When the claim is made; defaults to now (only stored, never decided on). */
  at?: Date;
  /**
   * Take over an unfinished claim (no advisory recorded) made before this time: its worker
   * crashed or gave up without `releaseLeak`. Typically `at` minus the longest time creating
   * an advisory may take; it must not be later than `at`. Leave unset to never take over.
   */
  reclaimIfClaimedBefore?: Date;
}

/**
 * The answer to `claimLeak`. `claimed: true`: the caller must create the advisory, then call
 * `recordLeakAdvisory` (or `releaseLeak` when creation failed). `claimed: false`: someone
 * already did (`ghsaId`), or is doing it or failed mid-way (`ghsaId: null`).
 */
export type LeakClaim = { claimed: true } | { claimed: false; ghsaId: string | null };

/** A leak as stored. */
export interface LeakRecord {
  repo: RepoFullName;
  secretHash: string;
  fingerprint: string;
  ruleId: string;
  commit: string;
  path: string;
  /** The advisory opened for it; null while it is being created (or creation failed). */
  ghsaId: string | null;
  claimedAt: Date;
  /** When `recordLeakAdvisory` ran. */
  advisoryRecordedAt: Date | null;
}

/** A state change of an advisory that Warden timestamps itself (GitHub keeps no such times). */
export type AdvisoryTransition =
  | 'reported'
  | 'acknowledged'
  | 'triaged'
  | 'fixed'
  | 'published'
  | 'closed'
  | 'pause-start'
  | 'pause-end';

/** Every transition, for validation and iteration. */
export const ADVISORY_TRANSITIONS: readonly AdvisoryTransition[] = [
  'reported',
  'acknowledged',
  'triaged',
  'fixed',
  'published',
  'closed',
  'pause-start',
  'pause-end',
];

/** One observation of a transition. */
export interface TransitionInput {
  repo: RepoFullName;
  ghsaId: string;
  transition: AdvisoryTransition;
  /** When it happened, or when Warden first saw it (the caller decides; the store never reads the clock). */
  at: Date;
}

/**
 * What Warden knows of an advisory's history, as ISO 8601 UTC strings: the
 * `warden_transitions` object that SLA evaluation reads (issue 6), plus `reported_at`,
 * `published_at` and `closed_at` when Warden saw those itself.
 */
export interface AdvisoryTimeline {
  reported_at?: string;
  acknowledged_at?: string;
  triaged_at?: string;
  fixed_at?: string;
  published_at?: string;
  closed_at?: string;
  /** Waits on the reporter, oldest first; `to` is absent while the pause is open. */
  paused: { from: string; to?: string }[];
}

/** The fields of an advisory that a periodic sweep compares to notice a change. */
export interface AdvisorySnapshot {
  /** GitHub's `state`: `triage`, `draft`, `published`, `closed`, ... */
  state: string;
  /** GitHub's `severity`; null when unset. */
  severity: string | null;
  /** GitHub's `updated_at`. */
  updatedAt: Date;
}

/** An advisory Warden knows about (it has a snapshot, a transition or a pause). */
export interface TrackedAdvisory {
  repo: RepoFullName;
  ghsaId: string;
  /** Absent until the first `upsertAdvisorySnapshot`. */
  snapshot?: AdvisorySnapshot;
}

/** One change Warden made on GitHub (or decided not to make), for the audit log. */
export interface AuditEntryInput {
  at: Date;
  installationId?: number;
  repo: RepoFullName;
  actor: 'warden';
  /** Kebab-case verb phrase: `advisory-created`, `branch-protection-restored`, ... */
  action: string;
  /** JSON-serialisable facts. Callers put only redacted values and fingerprints here. */
  detail: Record<string, unknown>;
}

/** An audit entry as stored. */
export interface AuditEntry extends AuditEntryInput {
  /** Increasing with insertion order. */
  id: number;
}

/** A tracking issue as stored. */
export interface TrackingIssueRecord {
  issueNumber: number;
  /** What `setTrackingIssue` was last given as `contentHash`; null when nothing was. */
  contentHash: string | null;
}

/** Filters for `listAudit`. */
export interface AuditQuery {
  repo?: RepoFullName;
  /** At most this many entries (default 100, at most 1000). */
  limit?: number;
}

/**
 * The App's persistence. Two implementations behind one class (`KyselyStore`): SQLite for
 * one process, PostgreSQL for several replicas. Every claim is a single atomic statement,
 * so two workers (or two replicas) racing on the same key get exactly one winner.
 */
export interface Store {
  /**
   * Claims a webhook delivery (`X-GitHub-Delivery`). True the first time the id is seen,
   * false for a redelivery or a concurrent duplicate, which must then do nothing.
   * @param at when the delivery was claimed (default now); `pruneDeliveries` compares it.
   */
  claimDelivery(deliveryId: string, event: string, at?: Date): Promise<boolean>;

  /** Forgets a claim after its handling failed, so that GitHub's redelivery can retry. */
  releaseDelivery(deliveryId: string): Promise<void>;

  /** Deletes delivery claims made before `olderThan`; returns how many. */
  pruneDeliveries(olderThan: Date): Promise<number>;

  /**
   * Claims the right to open the one advisory for a leaked secret in a repository.
   * @throws when `secretHash` is not a hex digest (a guard against passing the secret itself).
   */
  claimLeak(input: LeakClaimInput): Promise<LeakClaim>;

  /**
   * Records the advisory opened for a claimed leak.
   * @throws when there is no claim, or the leak already has a different advisory.
   */
  recordLeakAdvisory(repo: RepoFullName, secretHash: string, ghsaId: string, at?: Date): Promise<void>;

  /**
   * Drops a claim whose advisory could not be created, so that a later push or redelivery
   * retries. Does nothing once an advisory is recorded; returns whether a claim was dropped.
   */
  releaseLeak(repo: RepoFullName, secretHash: string): Promise<boolean>;

  /** The leak recorded for this secret in this repository, if any. */
  findLeak(repo: RepoFullName, secretHash: string): Promise<LeakRecord | undefined>;

  /**
   * Records a transition of an advisory. Returns true when it was not known before.
   *
   * `reported` to `closed` are kept once each: a later observation returns false, and an
   * earlier `at` than the stored one moves the stored time back (the earliest evidence
   * wins, whatever order webhooks and sweeps arrive in) but still returns false.
   * `pause-start` opens a pause (false when one is already open or starts at the same
   * time as a previous one); `pause-end` closes the open pause (false when none is open).
   */
  recordTransition(input: TransitionInput): Promise<boolean>;

  /** The advisory's recorded transitions and pauses; `{ paused: [] }` when nothing is known. */
  getTimeline(repo: RepoFullName, ghsaId: string): Promise<AdvisoryTimeline>;

  /** Advisories with a snapshot, a transition or a pause, sorted by repository then GHSA id. */
  listTrackedAdvisories(repo?: RepoFullName): Promise<TrackedAdvisory[]>;

  /**
   * Stores what a sweep saw of an advisory and returns what was stored before (undefined
   * the first time), so the sweep can tell what changed.
   * @param seenAt when the sweep saw it (default now).
   */
  upsertAdvisorySnapshot(
    repo: RepoFullName,
    ghsaId: string,
    snapshot: AdvisorySnapshot,
    seenAt?: Date,
  ): Promise<AdvisorySnapshot | undefined>;

  /** The last snapshot stored for the advisory. */
  getAdvisorySnapshot(repo: RepoFullName, ghsaId: string): Promise<AdvisorySnapshot | undefined>;

  /**
   * Claims a notification by a caller-built key (`sla:GHSA-…:triage:due-soon`). True the
   * first time: send it. False: it was already sent (or is being sent), also across restarts.
   * @param detail a short note kept with the claim (where it went); never a secret.
   */
  claimNotification(key: string, detail?: string, at?: Date): Promise<boolean>;

  /** Forgets a notification claim after sending failed, so it can be sent again. */
  releaseNotification(key: string): Promise<void>;

  /** Appends to the audit log. */
  appendAudit(entry: AuditEntryInput): Promise<void>;

  /** Audit entries, newest first. */
  listAudit(query?: AuditQuery): Promise<AuditEntry[]>;

  /** The issue number Warden keeps updated for this repository and purpose, if any. */
  getTrackingIssue(repo: RepoFullName, purpose: string): Promise<number | undefined>;

  /** The tracking issue with the hash of what Warden last wrote into it, if any. */
  findTrackingIssue(repo: RepoFullName, purpose: string): Promise<TrackingIssueRecord | undefined>;

  /**
   * Remembers (or replaces) the tracking issue for this repository and purpose.
   * @param contentHash a hash of what Warden wrote into it (or a marker such as `resolved`);
   *   replaces the stored one, null when omitted.
   */
  setTrackingIssue(
    repo: RepoFullName,
    purpose: string,
    issueNumber: number,
    contentHash?: string,
  ): Promise<void>;

  /**
   * Acquires or renews the lease `name` for `holder` until `now + ttlMs`. True when the lease
   * was free, expired (at or before `now`) or already held by `holder`; false while another
   * holder's lease runs. Renew well before `ttlMs` passes; a holder that overruns its lease
   * may be working alongside its successor.
   */
  acquireLease(name: string, holder: string, ttlMs: number, now: Date): Promise<boolean>;

  /** Releases the lease if `holder` holds it; another holder's lease is left alone. */
  releaseLease(name: string, holder: string): Promise<void>;

  /** Closes the database (idempotent). The store is unusable afterwards. */
  close(): Promise<void>;
}
