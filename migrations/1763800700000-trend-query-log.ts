import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trend queries each API key asked, per UTC day: the budget of distinct
 * queries per key and day (TREND_QUERIES_PER_DAY) counts these rows, and
 * administrators read them with `cli trends:audit`. One row per key, day and
 * distinct query: its keyed fingerprint (HMAC-SHA256, the primary key's last
 * column, so a repeat is one index lookup and a key's day is one key range),
 * the normalised query as JSON (codes and months only, never report content),
 * the minute it was first asked (as in audit_log) and how many times it was
 * asked that day. No foreign key to api_key, like audit_log: the record of
 * what a key asked outlives the key. Purged after AUDIT_RETENTION_DAYS (index
 * on day).
 */
export class TrendQueryLog1763800700000 implements MigrationInterface {
  name = 'TrendQueryLog1763800700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE trend_query_log (
        key_id uuid NOT NULL,
        day date NOT NULL,
        fingerprint bytea NOT NULL,
        query jsonb NOT NULL,
        first_at_minute timestamptz NOT NULL DEFAULT date_trunc('minute', now()),
        times integer NOT NULL DEFAULT 1,
        CONSTRAINT trend_query_log_pkey PRIMARY KEY (key_id, day, fingerprint),
        CONSTRAINT trend_query_log_fingerprint_chk CHECK (octet_length(fingerprint) = 32),
        CONSTRAINT trend_query_log_query_chk CHECK (jsonb_typeof(query) = 'object'),
        CONSTRAINT trend_query_log_times_chk CHECK (times >= 1),
        CONSTRAINT trend_query_log_first_at_minute_chk CHECK (first_at_minute = date_trunc('minute', first_at_minute))
      )`);
    await q.query(`CREATE INDEX trend_query_log_day_idx ON trend_query_log (day)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE trend_query_log`);
  }
}
