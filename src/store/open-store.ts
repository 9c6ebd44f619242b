import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { checkPostgresUrl, redactDatabaseUrl } from './database-url.js';
import { KyselyStore } from './kysely-store.js';
import { migrateStore } from './migrate.js';
import type { StoreDatabase } from './schema.js';

/** The SQLite file's name inside the data directory. */
export const SQLITE_FILE_NAME = 'warden.sqlite';

/** Where `openStore` keeps the SQLite file when no data directory is given. */
export const DEFAULT_DATA_DIR = '.data';

/** A `dataDir` that asks for a throwaway in-memory SQLite database (tests). */
export const IN_MEMORY = ':memory:';

/** How `openStore` picks and reaches the database. */
export interface OpenStoreOptions {
  /**
   * A `postgres://` or `postgresql://` URL (the App passes `DATABASE_URL`): use PostgreSQL.
   * Unset or blank: SQLite in `dataDir`. The tables go in the connection's current schema;
   * pick another with `?options=-c%20search_path%3Dwarden` (the schema must exist).
   */
  databaseUrl?: string;
  /** SQLite's directory, created if missing (default `.data`); `:memory:` for an in-memory database. */
  dataDir?: string;
  /** PostgreSQL connection pool size (default 10). */
  maxConnections?: number;
  /**
   * Receives errors that happen outside any call, such as an idle PostgreSQL connection
   * dropped by the server (the pool replaces it). Without it they are ignored, rather than
   * crashing the process as an unhandled `error` event would.
   */
  onBackgroundError?: (error: Error) => void;
}

/**
 * Opens the store and brings its schema up to date: PostgreSQL when `databaseUrl` is set,
 * else SQLite at `<dataDir>/warden.sqlite` in WAL mode.
 * @throws saying which database could not be opened or migrated, and why (passwords redacted).
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<KyselyStore> {
  const databaseUrl = options.databaseUrl?.trim();
  return databaseUrl ? openPostgres(databaseUrl, options) : openSqlite(options.dataDir ?? DEFAULT_DATA_DIR);
}

async function openSqlite(dataDir: string): Promise<KyselyStore> {
  let file: string = IN_MEMORY;
  if (dataDir !== IN_MEMORY) {
    const dir = resolve(dataDir);
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new Error(`Cannot create the data directory ${dir}: ${describeError(error)}`, { cause: error });
    }
    file = join(dir, SQLITE_FILE_NAME);
  }

  let database: Database.Database;
  try {
    database = new Database(file);
    // WAL lets readers (a CLI, a backup) work while the App writes; NORMAL sync is safe with
    // WAL (a power cut may lose the last commits, never corrupt the file). The busy timeout
    // makes a second process wait for a lock instead of failing at once.
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new Error(`Cannot open the SQLite store at ${file}: ${describeError(error)}`, { cause: error });
  }

  const db = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) });
  try {
    const applied = await migrateStore(db, 'sqlite');
    return new KyselyStore(db, 'sqlite', applied);
  } catch (error) {
    await db.destroy();
    throw new Error(`Cannot open the SQLite store at ${file}: ${describeError(error)}`, { cause: error });
  }
}

async function openPostgres(databaseUrl: string, options: OpenStoreOptions): Promise<KyselyStore> {
  checkPostgresUrl(databaseUrl);
  const where = redactDatabaseUrl(databaseUrl);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.maxConnections ?? 10,
    // Fail a start against an unreachable server in seconds, not after the OS's TCP timeout.
    connectionTimeoutMillis: 10_000,
  });
  pool.on('error', (error) => options.onBackgroundError?.(error));
  const db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
  try {
    const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
    const schema = rows[0]?.schema;
    if (!schema) {
      throw new Error(
        'no schema of the search_path exists (create it, or change search_path in the URL or for the role)',
      );
    }
    const applied = await migrateStore(db, 'postgres', schema);
    return new KyselyStore(db, 'postgres', applied);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw new Error(`Cannot open the PostgreSQL store at ${where}: ${describeError(error)}`, {
      cause: error,
    });
  }
}

/**
 * A one-line reason. Node reports a refused connection to a name with several addresses
 * (localhost: ::1 and 127.0.0.1) as an AggregateError with an empty message.
 */
function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return error.errors.map(describeError).join('; ');
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    if (error.message) return error.message;
    if (typeof code === 'string') return code;
    return error.name;
  }
  return String(error);
}
