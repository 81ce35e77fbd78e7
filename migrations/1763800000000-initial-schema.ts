import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations, API keys, reports (de-identified content only), the raw
 * narratives (encrypted, deleted once de-identified), the outbox that hands
 * reports to the queue, and idempotency records (hashes only).
 */
export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organisation_pkey PRIMARY KEY (id),
        CONSTRAINT organisation_name_chk CHECK (char_length(name) BETWEEN 1 AND 200)
      )`);

    await q.query(`
      CREATE TABLE api_key (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        key_hash bytea NOT NULL,
        prefix text NOT NULL,
        scopes text[] NOT NULL,
        label text,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CONSTRAINT api_key_pkey PRIMARY KEY (id),
        CONSTRAINT api_key_key_hash_key UNIQUE (key_hash),
        CONSTRAINT api_key_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
        CONSTRAINT api_key_scopes_chk CHECK (
          cardinality(scopes) > 0 AND
          scopes <@ ARRAY['reports:write','reports:read','reports:review','analytics:read','admin']::text[])
      )`);
    await q.query(`CREATE INDEX api_key_organisation_id_idx ON api_key (organisation_id)`);

    await q.query(`
      CREATE TABLE report (
        id uuid NOT NULL,
        organisation_id uuid,
        channel text NOT NULL,
        status text NOT NULL,
        received_month char(7) NOT NULL,
        occurred_month char(7),
        country_code char(2) NOT NULL,
        region_code text,
        language text,
        submitted jsonb NOT NULL DEFAULT '{}'::jsonb,
        work_setting text,
        work_setting_source text,
        reported_to_police text,
        reported_to_police_source text,
        case_reference_hash bytea,
        narrative text,
        redactions jsonb NOT NULL DEFAULT '[]'::jsonb,
        violations jsonb NOT NULL DEFAULT '[]'::jsonb,
        violation_types text[] NOT NULL DEFAULT '{}',
        perpetrators jsonb NOT NULL DEFAULT '[]'::jsonb,
        safeguarding boolean NOT NULL DEFAULT false,
        taxonomy_version text,
        record_key bigint NOT NULL,
        failure_code text,
        queued_at timestamptz,
        CONSTRAINT report_pkey PRIMARY KEY (id),
        CONSTRAINT report_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisation (id),
        CONSTRAINT report_channel_chk CHECK (channel IN ('API', 'ANONYMOUS', 'IMPORT')),
        CONSTRAINT report_status_chk CHECK (status IN ('RECEIVED', 'PROCESSING', 'PROCESSED', 'FAILED', 'WITHDRAWN')),
        CONSTRAINT report_received_month_chk CHECK (received_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        CONSTRAINT report_occurred_month_chk CHECK (occurred_month IS NULL OR occurred_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        CONSTRAINT report_country_code_chk CHECK (country_code ~ '^[A-Z]{2}$'),
        CONSTRAINT report_record_key_chk CHECK (record_key BETWEEN 0 AND 4294967295),
        CONSTRAINT report_anonymous_chk CHECK ((channel = 'ANONYMOUS') = (organisation_id IS NULL))
      )`);
    await q.query(`CREATE INDEX report_organisation_month_idx ON report (organisation_id, received_month DESC, id DESC)`);
    await q.query(
      `CREATE INDEX report_in_flight_idx ON report (queued_at) WHERE status IN ('RECEIVED', 'PROCESSING')`,
    );
    await q.query(
      `CREATE UNIQUE INDEX report_case_reference_key ON report (organisation_id, case_reference_hash) WHERE case_reference_hash IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE report_raw (
        report_id uuid NOT NULL,
        ciphertext bytea NOT NULL,
        CONSTRAINT report_raw_pkey PRIMARY KEY (report_id),
        CONSTRAINT report_raw_report_id_fkey FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE outbox (
        id bigserial NOT NULL,
        report_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outbox_pkey PRIMARY KEY (id)
      )`);

    await q.query(`
      CREATE TABLE idempotency_key (
        scope_hash bytea NOT NULL,
        key_hash bytea NOT NULL,
        request_hash bytea NOT NULL,
        report_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT idempotency_key_pkey PRIMARY KEY (scope_hash, key_hash),
        CONSTRAINT idempotency_key_report_id_fkey FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX idempotency_key_created_at_idx ON idempotency_key (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_key`);
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP TABLE report_raw`);
    await q.query(`DROP TABLE report`);
    await q.query(`DROP TABLE api_key`);
    await q.query(`DROP TABLE organisation`);
  }
}
