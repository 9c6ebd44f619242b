import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintOf, hashSecret, redact } from '../core/secrets/redact.js';
import { checksummedToken } from '../core/secrets/sample.js';
import { IN_MEMORY, openStore, SQLITE_FILE_NAME } from './open-store.js';
import { describeStoreConformance } from './store.conformance.js';
import type { LeakClaimInput } from './store.js';

const temps: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'warden-store-'));
  temps.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describeStoreConformance('SQLite store, in memory', {
  persistent: false,
  replicas: false,
  create: async () => ({ open: () => openStore({ dataDir: IN_MEMORY }), dispose: async () => {} }),
});

describeStoreConformance('SQLite store, in a file', {
  persistent: true,
  replicas: false,
  create: async () => {
    // A nested path that does not exist yet: openStore creates it.
    const dataDir = join(mkdtempSync(join(tmpdir(), 'warden-store-')), 'data', 'dir');
    return {
      open: () => openStore({ dataDir }),
      dispose: async () => rmSync(join(dataDir, '..', '..'), { recursive: true, force: true }),
    };
  },
});

describe('SQLite store file', () => {
  it('lives at <dataDir>/warden.sqlite in WAL mode', async () => {
    const dataDir = join(tempDir(), 'new');
    const store = await openStore({ dataDir });
    await store.close();

    const file = join(dataDir, SQLITE_FILE_NAME);
    const database = new Database(file, { readonly: true });
    const mode = database.pragma('journal_mode', { simple: true });
    const tables = database
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .pluck()
      .all();
    database.close();

    expect(store.dialect).toBe('sqlite');
    expect(mode).toBe('wal');
    expect(tables).toEqual(
      expect.arrayContaining([
        'advisories',
        'audit_log',
        'deliveries',
        'leaks',
        'leases',
        'warden_migration',
      ]),
    );
  });

  it('uses SQLite when the database URL is blank', async () => {
    const dataDir = tempDir();

    const store = await openStore({ databaseUrl: '  ', dataDir });
    await store.close();

    expect(store.dialect).toBe('sqlite');
    expect(readdirSync(dataDir)).toContain(SQLITE_FILE_NAME);
  });

  it('says which data directory it could not create', async () => {
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, 'not a directory');

    await expect(openStore({ dataDir: join(blocker, 'data') })).rejects.toThrow(
      `Cannot create the data directory ${join(blocker, 'data')}`,
    );
  });

  it('says which file it could not open', async () => {
    const dataDir = tempDir();
    // A directory where the database file should be.
    mkdirSync(join(dataDir, SQLITE_FILE_NAME));

    await expect(openStore({ dataDir })).rejects.toThrow(
      `Cannot open the SQLite store at ${join(dataDir, SQLITE_FILE_NAME)}`,
    );
  });
});

describe('secrets never reach the store', () => {
  it('holds no trace of a leaked secret beyond its hash, after every write the App makes', async () => {
    const secret = checksummedToken('ghp_');
    const secretHash = hashSecret(secret);
    const fingerprint = fingerprintOf('github-pat', 'config/app.env', secretHash);
    const dataDir = tempDir();
    const store = await openStore({ dataDir });
    const repo = 'acme/widgets';

    await store.claimDelivery('delivery-1', 'push');
    await store.claimLeak({
      repo,
      secretHash,
      fingerprint,
      ruleId: 'github-pat',
      commit: 'c0ffee',
      path: 'config/app.env',
    });
    await store.recordLeakAdvisory(repo, secretHash, 'GHSA-aaaa-bbbb-cccc');
    await store.recordTransition({
      repo,
      ghsaId: 'GHSA-aaaa-bbbb-cccc',
      transition: 'reported',
      at: new Date(),
    });
    await store.upsertAdvisorySnapshot(repo, 'GHSA-aaaa-bbbb-cccc', {
      state: 'draft',
      severity: 'high',
      updatedAt: new Date(),
    });
    await store.claimNotification(`leak:${fingerprint}`, 'advisory GHSA-aaaa-bbbb-cccc');
    await store.appendAudit({
      at: new Date(),
      repo,
      actor: 'warden',
      action: 'advisory-created',
      detail: { fingerprint, redacted: redact(secret), ghsaId: 'GHSA-aaaa-bbbb-cccc' },
    });
    await store.setTrackingIssue(repo, 'advisory:GHSA-aaaa-bbbb-cccc', 1);
    // The API has nowhere to put the secret itself: an extra field does not type-check, and the
    // secret passed as the hash is refused.
    const base = { repo, secretHash, fingerprint, ruleId: 'github-pat', commit: 'c', path: 'p' };
    // @ts-expect-error `secret` is not a LeakClaimInput field
    const withSecret: LeakClaimInput = { ...base, secret };
    expect(withSecret).toHaveProperty('secret');
    await expect(
      store.claimLeak({ repo, secretHash: secret, fingerprint, ruleId: 'r', commit: 'c', path: 'p' }),
    ).rejects.toThrow(/hex digest/);
    await store.close();

    const bytes = Buffer.concat(readdirSync(dataDir).map((name) => readFileSync(join(dataDir, name))));
    expect(bytes.includes(secretHash)).toBe(true); // the check below reads real, flushed data
    expect(bytes.includes(secret)).toBe(false);
    expect(bytes.includes(secret.slice(4))).toBe(false);
    expect(bytes.includes(secret.slice(8, 24))).toBe(false);
  });
});
