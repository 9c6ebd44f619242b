import type { Migration, MigrationProvider } from 'kysely';
import type { StoreDialect } from '../dialect.js';
import { initialMigration } from './0001-initial.js';
import { trackingIssueHashMigration } from './0002-tracking-issue-hash.js';

/**
 * Every migration, by name. Kysely runs them in name order, so names start with a zero-padded
 * number. Listed in code rather than found by scanning a folder, so that a bundled build
 * (one file, no `migrations/` folder beside it) still has them.
 */
export function buildMigrations(dialect: StoreDialect): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
    '0002-tracking-issue-hash': trackingIssueHashMigration(),
  };
}

/** A Kysely `MigrationProvider` over `buildMigrations`. */
export function migrationProvider(dialect: StoreDialect): MigrationProvider {
  return { getMigrations: async () => buildMigrations(dialect) };
}
