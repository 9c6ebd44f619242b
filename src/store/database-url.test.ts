import { describe, expect, it } from 'vitest';
import { checkPostgresUrl, redactDatabaseUrl } from './database-url.js';
import { openStore } from './open-store.js';

describe('redactDatabaseUrl', () => {
  it.each([
    ['postgres://warden:hunter2@db.internal:5432/warden', 'postgres://warden:***@db.internal:5432/warden'],
    [
      'postgresql://warden:p%40ss@db/warden?sslmode=require',
      'postgresql://warden:***@db/warden?sslmode=require',
    ],
    ['postgres://warden:p@ss/w:rd@db/warden', 'postgres://warden:***@db/warden'],
    ['postgres://:hunter2@db/warden', 'postgres://:***@db/warden'],
    ['postgres://warden@db/warden', 'postgres://warden@db/warden'],
    ['postgres://db/warden?user=w&password=hunter2&x=1', 'postgres://db/warden?user=w&password=***&x=1'],
    ['postgres://db/warden?sslpassword=hunter2', 'postgres://db/warden?sslpassword=***'],
    ['mysql://root:hunter2@db/warden', 'mysql://root:***@db/warden'],
  ])('%s → %s', (url, redacted) => {
    expect(redactDatabaseUrl(url)).toBe(redacted);
  });
});

describe('checkPostgresUrl', () => {
  it('accepts postgres:// and postgresql:// URLs', () => {
    expect(() => checkPostgresUrl('postgres://u:p@localhost/db')).not.toThrow();
    expect(() => checkPostgresUrl('postgresql://u:p@localhost:5433/db?sslmode=require')).not.toThrow();
  });

  it('names the expected schemes for another database, without the password', () => {
    expect(() => checkPostgresUrl('mysql://root:hunter2@db/warden')).toThrow(
      'DATABASE_URL must be a postgres:// or postgresql:// URL (or unset, for SQLite in the data directory), got "mysql://root:***@db/warden"',
    );
  });

  it('explains an unparsable URL, without the password', () => {
    let message = '';
    try {
      checkPostgresUrl('postgres://warden:pa/ss@db:notaport/warden');
    } catch (error) {
      message = (error as Error).message;
    }

    expect(message).toMatch(
      /^DATABASE_URL is not a valid URL: "postgres:\/\/warden:\*\*\*@db:notaport\/warden"/,
    );
    expect(message).toMatch(/Percent-encode/);
    expect(message).not.toContain('pa/ss');
  });
});

describe('openStore with an unusable PostgreSQL URL', () => {
  it('refuses another scheme before connecting', async () => {
    await expect(openStore({ databaseUrl: 'mysql://root:hunter2@db/warden' })).rejects.toThrow(
      /postgres:\/\//,
    );
  });

  it('says where it could not connect, without the password', async () => {
    // Port 1 on the loopback interface: nothing listens there, so the refusal is immediate.
    const error = await openStore({ databaseUrl: 'postgres://warden:hunter2@127.0.0.1:1/warden' }).catch(
      (caught: unknown) => caught as Error,
    );

    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^Cannot open the PostgreSQL store at postgres:\/\/warden:\*\*\*@127\.0\.0\.1:1\/warden: .*ECONNREFUSED/,
    );
    expect((error as Error).message).not.toContain('hunter2');
  });
});
