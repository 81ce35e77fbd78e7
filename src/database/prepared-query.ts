import type { Pool, QueryResultRow } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';

/**
 * Runs `text` as a named prepared statement on the DataSource's pg pool: PostgreSQL parses and
 * plans it once per connection instead of on every call, and the call skips TypeORM's query
 * runner (one object per query, a pool checkout, logging hooks). For the hot paths only (intake,
 * status); `name` must be unique to `text`. Failures are TypeORM's QueryFailedError, as from
 * `DataSource.query`, so callers and the error filter treat them alike.
 */
export async function preparedQuery<R extends QueryResultRow>(db: DataSource, name: string, text: string, values: unknown[]): Promise<R[]> {
  const pool = (db.driver as { master?: Pool }).master;
  if (!pool || typeof pool.query !== 'function') return db.query(text, values);
  try {
    return (await pool.query<R>({ name, text, values })).rows;
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}
