import { type Kysely, type Migration, sql } from 'kysely';
import { addIdColumn, columnTypes, type StoreDialect } from '../dialect.js';

/**
 * The first schema: every table the store needs. Written with Kysely's schema builder so the
 * same code runs on SQLite and PostgreSQL; only column types differ (see `dialect.ts`).
 * A migration is frozen once released: change the schema in a new numbered file.
 */
export function initialMigration(dialect: StoreDialect): Migration {
  const { timestamp, json } = columnTypes(dialect);
  return {
    // `Kysely<unknown>`: a migration must not depend on today's table types, which will change.
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('deliveries')
        .addColumn('delivery_id', 'text', (col) => col.primaryKey())
        .addColumn('event', 'text', (col) => col.notNull())
        .addColumn('claimed_at', timestamp, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('deliveries_claimed_at').on('deliveries').column('claimed_at').execute();

      await db.schema
        .createTable('leaks')
        .addColumn('repo', 'text', (col) => col.notNull())
        .addColumn('secret_hash', 'text', (col) => col.notNull())
        .addColumn('fingerprint', 'text', (col) => col.notNull())
        .addColumn('rule_id', 'text', (col) => col.notNull())
        .addColumn('commit_sha', 'text', (col) => col.notNull())
        .addColumn('path', 'text', (col) => col.notNull())
        .addColumn('ghsa_id', 'text')
        .addColumn('claimed_at', timestamp, (col) => col.notNull())
        .addColumn('advisory_recorded_at', timestamp)
        .addPrimaryKeyConstraint('leaks_pkey', ['repo', 'secret_hash'])
        .execute();

      await db.schema
        .createTable('advisories')
        .addColumn('repo', 'text', (col) => col.notNull())
        .addColumn('ghsa_id', 'text', (col) => col.notNull())
        .addColumn('first_seen_at', timestamp, (col) => col.notNull())
        .addColumn('state', 'text')
        .addColumn('severity', 'text')
        .addColumn('updated_at', timestamp)
        .addColumn('snapshot_at', timestamp)
        .addPrimaryKeyConstraint('advisories_pkey', ['repo', 'ghsa_id'])
        .execute();

      await db.schema
        .createTable('advisory_transitions')
        .addColumn('repo', 'text', (col) => col.notNull())
        .addColumn('ghsa_id', 'text', (col) => col.notNull())
        .addColumn('transition', 'text', (col) => col.notNull())
        .addColumn('at', timestamp, (col) => col.notNull())
        .addColumn('recorded_at', timestamp, (col) => col.notNull())
        .addPrimaryKeyConstraint('advisory_transitions_pkey', ['repo', 'ghsa_id', 'transition'])
        .execute();

      await db.schema
        .createTable('advisory_pauses')
        .addColumn('repo', 'text', (col) => col.notNull())
        .addColumn('ghsa_id', 'text', (col) => col.notNull())
        .addColumn('started_at', timestamp, (col) => col.notNull())
        .addColumn('ended_at', timestamp)
        .addPrimaryKeyConstraint('advisory_pauses_pkey', ['repo', 'ghsa_id', 'started_at'])
        .execute();
      // A partial unique index makes "at most one open pause" a rule of the database, so two
      // workers seeing the same pause at once cannot both open it.
      await db.schema
        .createIndex('advisory_pauses_one_open')
        .on('advisory_pauses')
        .columns(['repo', 'ghsa_id'])
        .unique()
        .where(sql.ref('ended_at'), 'is', null)
        .execute();

      await db.schema
        .createTable('notifications')
        .addColumn('notification_key', 'text', (col) => col.primaryKey())
        .addColumn('detail', 'text')
        .addColumn('claimed_at', timestamp, (col) => col.notNull())
        .execute();

      await addIdColumn(db.schema.createTable('audit_log'), dialect)
        .addColumn('at', timestamp, (col) => col.notNull())
        .addColumn('installation_id', 'bigint')
        .addColumn('repo', 'text', (col) => col.notNull())
        .addColumn('actor', 'text', (col) => col.notNull())
        .addColumn('action', 'text', (col) => col.notNull())
        .addColumn('detail', json, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();
      await db.schema
        .createIndex('audit_log_repo_at')
        .on('audit_log')
        .columns(['repo', 'at', 'id'])
        .execute();

      await db.schema
        .createTable('tracking_issues')
        .addColumn('repo', 'text', (col) => col.notNull())
        .addColumn('purpose', 'text', (col) => col.notNull())
        .addColumn('issue_number', 'integer', (col) => col.notNull())
        .addColumn('updated_at', timestamp, (col) => col.notNull())
        .addPrimaryKeyConstraint('tracking_issues_pkey', ['repo', 'purpose'])
        .execute();

      await db.schema
        .createTable('leases')
        .addColumn('name', 'text', (col) => col.primaryKey())
        .addColumn('holder', 'text', (col) => col.notNull())
        .addColumn('expires_at', timestamp, (col) => col.notNull())
        .execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of [
        'leases',
        'tracking_issues',
        'audit_log',
        'notifications',
        'advisory_pauses',
        'advisory_transitions',
        'advisories',
        'leaks',
        'deliveries',
      ]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  };
}
