import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hardening: the audit log (ids, operation, minute, outcome; never content or
 * an address), spent proof-of-work challenges, the cost counters of
 * rate-limiter-flexible, and the day a raw narrative was stored (so a FAILED
 * report's encrypted raw text can be purged after a while).
 */
export class Hardening1763800300000 implements MigrationInterface {
  name = 'Hardening1763800300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial NOT NULL,
        at_minute timestamptz NOT NULL DEFAULT date_trunc('minute', now()),
        actor text NOT NULL,
        operation text NOT NULL,
        report_id uuid,
        outcome text NOT NULL,
        CONSTRAINT audit_log_pkey PRIMARY KEY (id),
        CONSTRAINT audit_log_actor_chk CHECK (actor IN ('anonymous', 'unidentified') OR actor ~ '^[0-9a-f-]{36}$'),
        CONSTRAINT audit_log_operation_chk CHECK (operation ~ '^[A-Za-z_][A-Za-z0-9_]{0,63}$'),
        CONSTRAINT audit_log_outcome_chk CHECK (outcome ~ '^[A-Z_]{2,40}$'),
        CONSTRAINT audit_log_at_minute_chk CHECK (at_minute = date_trunc('minute', at_minute))
      )`);
    await q.query(`CREATE INDEX audit_log_at_minute_idx ON audit_log (at_minute)`);
    await q.query(`CREATE INDEX audit_log_report_id_idx ON audit_log (report_id) WHERE report_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE proof_of_work_spent (
        challenge_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        CONSTRAINT proof_of_work_spent_pkey PRIMARY KEY (challenge_hash)
      )`);
    await q.query(`CREATE INDEX proof_of_work_spent_expires_at_idx ON proof_of_work_spent (expires_at)`);

    // The table rate-limiter-flexible's RateLimiterPostgres expects (created here, not at run time).
    await q.query(`
      CREATE TABLE rate_limit (
        key varchar(255) NOT NULL,
        points integer NOT NULL DEFAULT 0,
        expire bigint,
        CONSTRAINT rate_limit_pkey PRIMARY KEY (key)
      )`);

    await q.query(`ALTER TABLE report_raw ADD COLUMN stored_on date NOT NULL DEFAULT current_date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_raw DROP COLUMN stored_on`);
    await q.query(`DROP TABLE rate_limit`);
    await q.query(`DROP TABLE proof_of_work_spent`);
    await q.query(`DROP TABLE audit_log`);
  }
}
