import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Narrow rollup tables for the common trend questions (see
 * src/analytics/rollups/cuboids.ts): far fewer rows to scan than the
 * full-width tables. Filled from the full-width tables, so a database that
 * already has rollups keeps answering the same.
 */
export class RollupCuboids1763800210000 implements MigrationInterface {
  name = 'RollupCuboids1763800210000';

  private readonly tables: [string, string[], string][] = [
    ['rollup_country', ['country_code'], 'rollup_report'],
    ['rollup_country_region', ['country_code', 'region_code'], 'rollup_report'],
    ['rollup_country_violation', ['country_code', 'violation'], 'rollup_violation'],
    ['rollup_legal_model_violation', ['legal_model', 'violation'], 'rollup_violation'],
    ['rollup_country_perpetrator', ['country_code', 'perpetrator'], 'rollup_perpetrator'],
    ['rollup_country_violation_perpetrator', ['country_code', 'violation', 'perpetrator'], 'rollup_violation_perpetrator'],
  ];

  async up(q: QueryRunner): Promise<void> {
    for (const [table, dims, source] of this.tables) {
      const multi = dims.filter((d) => d === 'violation' || d === 'perpetrator');
      const single = dims.filter((d) => d !== 'violation' && d !== 'perpetrator');
      const keys = ['month', ...single, 'safeguarding', ...multi];
      await q.query(`
        CREATE TABLE ${table} (
          month char(7) NOT NULL,
          ${single.map((d) => `${d} ${d === 'country_code' ? 'char(2)' : 'text'} NOT NULL,`).join('\n          ')}
          safeguarding boolean NOT NULL,
          ${multi.map((d) => `${d} text NOT NULL,`).join('\n          ')}
          report_count integer NOT NULL,
          key_sum bigint NOT NULL,
          CONSTRAINT ${table}_pkey PRIMARY KEY (${keys.join(', ')})
        )`);
      await q.query(
        `INSERT INTO ${table} (${keys.join(', ')}, report_count, key_sum)
         SELECT ${keys.join(', ')}, sum(report_count), sum(key_sum) FROM ${source} GROUP BY ${keys.join(', ')}`,
      );
    }
    // Time-range scans over the full-width tables.
    for (const table of ['rollup_report', 'rollup_violation', 'rollup_perpetrator', 'rollup_violation_perpetrator']) {
      await q.query(`CREATE INDEX ${table}_month_idx ON ${table} (month)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['rollup_report', 'rollup_violation', 'rollup_perpetrator', 'rollup_violation_perpetrator']) {
      await q.query(`DROP INDEX ${table}_month_idx`);
    }
    for (const [table] of this.tables) await q.query(`DROP TABLE ${table}`);
  }
}
