import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import { describeStoreConformance, type StoreHarness } from './store.conformance.js';

/**
 * The conformance suite against a real PostgreSQL, when `WARDEN_TEST_DATABASE_URL` names one
 * (`scripts/ci-postgres.sh` sets one up and prints the URL). Each test gets its own schema,
 * chosen through the connection's search_path, so tests run in parallel and leftovers of
 * earlier runs cannot interfere. Schemas are dropped after the whole file, not after each
 * test: Kysely's migrator lists the tables of every schema, and fails when one vanishes
 * under it.
 */
const baseUrl = process.env.WARDEN_TEST_DATABASE_URL?.trim() ?? '';

const createdSchemas: string[] = [];

afterAll(async () => {
  if (createdSchemas.length === 0) return;
  // One schema per statement, so that no transaction needs locks on every test's tables at once.
  await admin(...createdSchemas.map((schema) => `drop schema if exists ${schema} cascade`));
});

/** A fresh schema `warden_test_…` and a URL whose connections use it. */
async function createSchema(): Promise<{ schema: string; url: string }> {
  const schema = `warden_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(`create schema ${schema}`);
  createdSchemas.push(schema);
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { schema, url: url.toString() };
}

/** Runs statements one after the other on a connection of the base URL. */
async function admin(...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

describe.skipIf(!baseUrl)(
  'PostgreSQL store (runs only with WARDEN_TEST_DATABASE_URL set; scripts/ci-postgres.sh prints one)',
  () => {
    describeStoreConformance('conformance', {
      persistent: true,
      replicas: true,
      create: async (): Promise<StoreHarness> => {
        const { url } = await createSchema();
        return { open: () => openStore({ databaseUrl: url }), dispose: async () => {} };
      },
    });

    it('migrates once when several replicas start together', async () => {
      const { url } = await createSchema();

      const stores = await Promise.all([1, 2, 3].map(() => openStore({ databaseUrl: url })));
      for (const store of stores) await store.close();

      expect(stores.map((store) => store.dialect)).toEqual(['postgres', 'postgres', 'postgres']);
      expect(stores.flatMap((store) => store.migrationsApplied)).toEqual([
        '0001-initial',
        '0002-tracking-issue-hash',
      ]);
    });

    it('keeps its tables in the schema of the search_path', async () => {
      const { schema, url } = await createSchema();

      const store = await openStore({ databaseUrl: url });
      await store.close();
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      const { rows } = await client.query<{ table_name: string }>(
        'select table_name from information_schema.tables where table_schema = $1 order by table_name',
        [schema],
      );
      await client.end();

      expect(rows.map((row) => row.table_name)).toEqual([
        'advisories',
        'advisory_pauses',
        'advisory_transitions',
        'audit_log',
        'deliveries',
        'leaks',
        'leases',
        'notifications',
        'tracking_issues',
        'warden_migration',
        'warden_migration_lock',
      ]);
    });

    it('says so when the search_path names no existing schema', async () => {
      const url = new URL(baseUrl);
      url.searchParams.set('options', '-c search_path=warden_test_missing');

      await expect(openStore({ databaseUrl: url.toString() })).rejects.toThrow(
        /Cannot open the PostgreSQL store at .*: no schema of the search_path exists/,
      );
    });

    it('reports a wrong password without showing either password', async () => {
      const url = new URL(baseUrl);
      const realPassword = decodeURIComponent(url.password);
      url.password = 'not-the-password';

      const error = await openStore({ databaseUrl: url.toString() }).then(
        () => new Error('opened'),
        (caught: unknown) => caught as Error,
      );

      expect(error.message).toMatch(/^Cannot open the PostgreSQL store at postgres(ql)?:\/\/[^:]*:\*\*\*@/);
      expect(error.message).toMatch(/password authentication failed/);
      expect(error.message).not.toContain('not-the-password');
      if (realPassword) expect(error.message).not.toContain(`:${realPassword}@`);
    });
  },
);
