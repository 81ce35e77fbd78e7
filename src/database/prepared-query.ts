import type { Pool, QueryResultRow } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';

/** The DataSource's pg pool, when its driver is pg (tests may hand in something else). */
function pgPool(db: DataSource): Pool | undefined {
  const pool = (db.driver as { master?: Pool }).master;
  return pool && typeof pool.query === 'function' ? pool : undefined;
}

/**
 * Runs `text` as a named prepared statement on the DataSource's pg pool: PostgreSQL parses and
 * plans it once per connection instead of on every call, and the call skips TypeORM's query
 * runner (one object per query, a pool checkout, logging hooks). For the hot paths only (intake,
 * status, trend reads); `name` must be unique to `text`. Failures are TypeORM's QueryFailedError,
 * as from `DataSource.query`, so callers and the error filter treat them alike.
 */
export async function preparedQuery<R extends QueryResultRow>(db: DataSource, name: string, text: string, values: unknown[]): Promise<R[]> {
  const pool = pgPool(db);
  if (!pool) return db.query(text, values);
  try {
    return (await pool.query<R>({ name, text, values })).rows;
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}

/** preparedQuery() with each row as an array of its columns, in select order (no object per row). */
export async function preparedArrays<R extends unknown[]>(db: DataSource, name: string, text: string, values: unknown[]): Promise<R[]> {
  const pool = pgPool(db);
  if (!pool) return ((await db.query(text, values)) as Record<string, unknown>[]).map((row) => Object.values(row) as R);
  try {
    return (await pool.query<R>({ name, text, values, rowMode: 'array' })).rows;
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}
