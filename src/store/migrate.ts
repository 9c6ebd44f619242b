import { type Kysely, Migrator } from 'kysely';
import type { StoreDialect } from './dialect.js';
import { migrationProvider } from './migrations/index.js';
import type { StoreDatabase } from './schema.js';

/** Kysely's record of applied migrations, named after us so it is recognisable in a shared database. */
export const MIGRATION_TABLE = 'warden_migration';
/** Kysely's migration lock row (PostgreSQL also takes an advisory lock). */
export const MIGRATION_LOCK_TABLE = 'warden_migration_lock';

/**
 * Brings the database to the latest schema and returns the names of the migrations applied
 * (empty when it was up to date). Safe to run from several replicas at once: on PostgreSQL
 * Kysely holds an advisory lock while migrating, and each migration runs in a transaction.
 *
 * @param schema the PostgreSQL schema the tables live in (the connection's current schema).
 *   Needed because Kysely otherwise looks for its bookkeeping table in every schema, and
 *   would take another schema's table for ours.
 * @throws naming the migration that failed.
 */
export async function migrateStore(
  db: Kysely<StoreDatabase>,
  dialect: StoreDialect,
  schema?: string,
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(dialect),
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName;
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      failed ? `Store migration ${failed} failed: ${message}` : `Store migrations could not run: ${message}`,
      { cause: error },
    );
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
