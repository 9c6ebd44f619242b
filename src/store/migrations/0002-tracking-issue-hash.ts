import type { Kysely, Migration } from 'kysely';

/**
 * Tracking issues remember a hash of what Warden last wrote into them, so that an issue a
 * person closed stays closed until the findings or the config change. Null for issues set
 * before this migration (and for callers that pass no hash): treated as "changed".
 */
export function trackingIssueHashMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('tracking_issues').addColumn('content_hash', 'text').execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('tracking_issues').dropColumn('content_hash').execute();
    },
  };
}
