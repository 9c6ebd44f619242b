import type { ColumnDataType, CreateTableBuilder } from 'kysely';

/**
 * The two databases the store runs on. Everything that differs between them lives in this
 * file, so that migrations and queries are otherwise written once.
 */
export type StoreDialect = 'sqlite' | 'postgres';

/** Column types per dialect: SQLite has no date or JSON type, so both are text there. */
export interface DialectColumnTypes {
  /** A point in time: `timestamptz`, or ISO 8601 text (which sorts and compares correctly). */
  timestamp: ColumnDataType;
  /** JSON: `jsonb`, or JSON text. */
  json: ColumnDataType;
}

/** The column types to use for `dialect`. */
export function columnTypes(dialect: StoreDialect): DialectColumnTypes {
  return dialect === 'postgres'
    ? { timestamp: 'timestamptz', json: 'jsonb' }
    : { timestamp: 'text', json: 'text' };
}

/**
 * Adds an auto-incrementing primary key `id`: an identity column on PostgreSQL (bigint, as
 * an audit log may outgrow int4), SQLite's `INTEGER PRIMARY KEY AUTOINCREMENT` (which never
 * reuses the id of a deleted row).
 */
export function addIdColumn<T extends string>(
  table: CreateTableBuilder<T, never>,
  dialect: StoreDialect,
): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? table.addColumn('id', 'bigint', (col) => col.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement());
}

/**
 * The ISO 8601 UTC form every time is written as. Throws on an invalid Date, which would
 * otherwise be stored as garbage and compare wrongly.
 */
export function toIso(date: Date, what = 'time'): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new TypeError(`Store: ${what} must be a valid Date, got ${String(date)}`);
  }
  return date.toISOString();
}

/** A time read back: PostgreSQL gives a `Date`, SQLite the ISO text it was given. */
export function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A nullable time read back. */
export function toDateOrNull(value: Date | string | null): Date | null {
  return value === null ? null : toDate(value);
}

/** JSON read back: PostgreSQL's `jsonb` arrives parsed, SQLite's text does not. */
export function fromJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** An integer read back: `pg` returns `bigint` columns as strings to avoid losing precision. */
export function toNumber(value: number | string | bigint): number {
  return typeof value === 'number' ? value : Number(value);
}
