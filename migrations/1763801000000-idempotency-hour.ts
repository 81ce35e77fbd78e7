import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An idempotency record keeps the hour it was made, not the instant. It holds
 * a report id, and the report itself keeps only the month it was received:
 * an exact time beside the id said, for a day, when an anonymous report was
 * sent, which with a proxy's log ties it to a connection (found by the access
 * red team). The hour is enough for the retry window: a key is honoured for
 * 24 to 25 hours after its first use, and purged after 25.
 */
export class IdempotencyHour1763801000000 implements MigrationInterface {
  name = 'IdempotencyHour1763801000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE idempotency_key SET created_at = date_trunc('hour', created_at) WHERE created_at <> date_trunc('hour', created_at)`);
    await q.query(`ALTER TABLE idempotency_key ALTER COLUMN created_at SET DEFAULT date_trunc('hour', now())`);
    await q.query(`ALTER TABLE idempotency_key ADD CONSTRAINT idempotency_key_created_at_hour_chk CHECK (created_at = date_trunc('hour', created_at))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_created_at_hour_chk`);
    await q.query(`ALTER TABLE idempotency_key ALTER COLUMN created_at SET DEFAULT now()`);
  }
}
