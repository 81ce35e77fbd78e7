import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The budget of distinct trend queries per UTC day (TREND_QUERIES_PER_DAY) is
 * an organisation's, shared by all its keys: several keys issued to one
 * research organisation no longer multiply the noise draws it can collect,
 * and the same question asked under two of its keys is one draw, counted
 * once. Each row keeps the key that asked (the audit is still per key); the
 * organisation is copied from api_key when the row is written (rows of
 * earlier days are back-filled here; a row whose key no longer exists keeps
 * NULL and counts for no one). Index: an organisation's day, and whether it
 * asked one fingerprint, in one key range.
 */
export class TrendBudgetPerOrganisation1763800800000 implements MigrationInterface {
  name = 'TrendBudgetPerOrganisation1763800800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE trend_query_log ADD COLUMN organisation_id uuid`);
    await q.query(`UPDATE trend_query_log t SET organisation_id = k.organisation_id FROM api_key k WHERE k.id = t.key_id`);
    await q.query(`CREATE INDEX trend_query_log_organisation_day_idx ON trend_query_log (organisation_id, day, fingerprint)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX trend_query_log_organisation_day_idx`);
    await q.query(`ALTER TABLE trend_query_log DROP COLUMN organisation_id`);
  }
}
