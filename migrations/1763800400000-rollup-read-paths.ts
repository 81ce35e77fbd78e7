import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Faster trend reads (issue #5, p95 ≤ 15 ms at 1,000,000 reports):
 *
 * - Two narrow rollup tables for the common filters that used to fall back to
 *   the wide rollup_violation (a quarter of a million rows at 1M reports):
 *   violation × country × month by work setting, and by reported-to-police.
 *   Filled from rollup_violation, so a database that already has rollups
 *   answers the same (aggregates outlive the reports they came from).
 * - The primary key of every narrow table is ordered for the reads (the
 *   filter column if any, safeguarding, month, then the grouped columns) and
 *   INCLUDEs report_count and key_sum, so a query is one range of one index
 *   and PostgreSQL can answer it by an index-only scan. ON CONFLICT matches a
 *   unique index whatever its column order, so the writers are unchanged.
 *
 * Must agree with READ_KEYS in src/analytics/rollups/cuboids.ts.
 */
export class RollupReadPaths1763800400000 implements MigrationInterface {
  name = 'RollupReadPaths1763800400000';

  /** table, primary key before, primary key after (read order). */
  private readonly rekeyed: [string, string[], string[]][] = [
    ['rollup_country', ['month', 'country_code', 'safeguarding'], ['safeguarding', 'month', 'country_code']],
    ['rollup_country_region', ['month', 'country_code', 'region_code', 'safeguarding'], ['country_code', 'safeguarding', 'month', 'region_code']],
    ['rollup_country_violation', ['month', 'country_code', 'safeguarding', 'violation'], ['safeguarding', 'month', 'country_code', 'violation']],
    ['rollup_country_perpetrator', ['month', 'country_code', 'safeguarding', 'perpetrator'], ['safeguarding', 'month', 'country_code', 'perpetrator']],
    ['rollup_legal_model_violation', ['month', 'legal_model', 'safeguarding', 'violation'], ['safeguarding', 'month', 'legal_model', 'violation']],
    [
      'rollup_country_violation_perpetrator',
      ['month', 'country_code', 'safeguarding', 'violation', 'perpetrator'],
      ['violation', 'safeguarding', 'month', 'country_code', 'perpetrator'],
    ],
  ];

  /** table, filter column, primary key (read order). */
  private readonly created: [string, string, string[]][] = [
    ['rollup_country_work_setting_violation', 'work_setting', ['work_setting', 'safeguarding', 'month', 'country_code', 'violation']],
    ['rollup_country_police_violation', 'reported_to_police', ['reported_to_police', 'safeguarding', 'month', 'country_code', 'violation']],
  ];

  async up(q: QueryRunner): Promise<void> {
    for (const [table, , after] of this.rekeyed) {
      await q.query(
        `ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey,
           ADD CONSTRAINT ${table}_pkey PRIMARY KEY (${after.join(', ')}) INCLUDE (report_count, key_sum)`,
      );
    }
    for (const [table, column, key] of this.created) {
      await q.query(`
        CREATE TABLE ${table} (
          month char(7) NOT NULL,
          country_code char(2) NOT NULL,
          ${column} text NOT NULL,
          safeguarding boolean NOT NULL,
          violation text NOT NULL,
          report_count integer NOT NULL,
          key_sum bigint NOT NULL,
          CONSTRAINT ${table}_pkey PRIMARY KEY (${key.join(', ')}) INCLUDE (report_count, key_sum)
        )`);
      const columns = ['month', 'country_code', column, 'safeguarding', 'violation'].join(', ');
      await q.query(
        `INSERT INTO ${table} (${columns}, report_count, key_sum)
         SELECT ${columns}, sum(report_count), sum(key_sum) FROM rollup_violation GROUP BY ${columns}`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of this.created) await q.query(`DROP TABLE ${table}`);
    for (const [table, before] of this.rekeyed) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey, ADD CONSTRAINT ${table}_pkey PRIMARY KEY (${before.join(', ')})`);
    }
  }
}
