import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * While a report is in flight (RECEIVED or PROCESSING), `report.queued_at`
 * kept the instant it was queued, that is, for a new report, the instant it
 * was submitted; and every outbox row kept the instant it was written. A
 * report keeps only the month it was received: beside its id, an exact time
 * says when an anonymous report was sent, which with a proxy's log ties it to
 * a connection, for as long as the report waits (a stopped worker: hours).
 * queued_at now keeps the hour, as idempotency records do; the sweeper, which
 * reads it to find reports whose job is gone, only checks them earlier (a
 * report whose job is waiting or running is left alone; one whose job is
 * missing is queued again, and a job id is its report id, so a second copy is
 * dropped). The outbox's created_at was never read.
 */
export class InFlightHour1763801200000 implements MigrationInterface {
  name = 'InFlightHour1763801200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE report SET queued_at = date_trunc('hour', queued_at) WHERE queued_at <> date_trunc('hour', queued_at)`);
    await q.query(`ALTER TABLE report ADD CONSTRAINT report_queued_at_hour_chk CHECK (queued_at = date_trunc('hour', queued_at))`);
    await q.query(`ALTER TABLE outbox DROP COLUMN created_at`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN created_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`ALTER TABLE report DROP CONSTRAINT report_queued_at_hour_chk`);
  }
}
