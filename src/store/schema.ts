import type { ColumnType, Generated } from 'kysely';

/**
 * A point in time. Written as an ISO 8601 UTC string in both dialects (SQLite stores the text,
 * PostgreSQL parses it into `timestamptz`); read back as a string (SQLite) or a `Date`
 * (PostgreSQL), so readers go through `toDate`.
 */
export type Timestamp = ColumnType<Date | string, string, string>;

/** A nullable `Timestamp`. */
export type NullableTimestamp = ColumnType<Date | string | null, string | null, string | null>;

/** Webhook deliveries claimed (`X-GitHub-Delivery`). */
export interface DeliveriesTable {
  delivery_id: string;
  event: string;
  claimed_at: Timestamp;
}

/** One row per leaked secret per repository: the claim, then the advisory opened for it. */
export interface LeaksTable {
  repo: string;
  secret_hash: string;
  fingerprint: string;
  rule_id: string;
  commit_sha: string;
  path: string;
  ghsa_id: string | null;
  claimed_at: Timestamp;
  advisory_recorded_at: NullableTimestamp;
}

/** Advisories Warden tracks, with the last snapshot a sweep took. */
export interface AdvisoriesTable {
  repo: string;
  ghsa_id: string;
  first_seen_at: Timestamp;
  state: string | null;
  severity: string | null;
  updated_at: NullableTimestamp;
  snapshot_at: NullableTimestamp;
}

/** First-seen times of advisory transitions other than pauses. */
export interface AdvisoryTransitionsTable {
  repo: string;
  ghsa_id: string;
  transition: string;
  at: Timestamp;
  recorded_at: Timestamp;
}

/** Waits on the reporter; at most one open (`ended_at` null) per advisory. */
export interface AdvisoryPausesTable {
  repo: string;
  ghsa_id: string;
  started_at: Timestamp;
  ended_at: NullableTimestamp;
}

/** Notifications claimed (sent or being sent). */
export interface NotificationsTable {
  notification_key: string;
  detail: string | null;
  claimed_at: Timestamp;
}

/** Every change Warden made. `detail` is JSON text (SQLite) or `jsonb` (PostgreSQL). */
export interface AuditLogTable {
  id: Generated<number | string>;
  at: Timestamp;
  installation_id: ColumnType<number | string | null, number | null, number | null>;
  repo: string;
  actor: string;
  action: string;
  detail: ColumnType<unknown, string, string>;
}

/** One tracking issue per repository and purpose. */
export interface TrackingIssuesTable {
  repo: string;
  purpose: string;
  issue_number: number;
  updated_at: Timestamp;
  /** Hash of what Warden last wrote into the issue (migration 0002); null when unknown. */
  content_hash: string | null;
}

/** Named leases for work that one replica at a time should do. */
export interface LeasesTable {
  name: string;
  holder: string;
  expires_at: Timestamp;
}

/** The database as Kysely sees it. */
export interface StoreDatabase {
  deliveries: DeliveriesTable;
  leaks: LeaksTable;
  advisories: AdvisoriesTable;
  advisory_transitions: AdvisoryTransitionsTable;
  advisory_pauses: AdvisoryPausesTable;
  notifications: NotificationsTable;
  audit_log: AuditLogTable;
  tracking_issues: TrackingIssuesTable;
  leases: LeasesTable;
}
