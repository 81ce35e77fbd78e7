import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = ['narrative', 'redactions', 'violations', 'perpetrators', 'submitted', 'rollup'];

/**
 * lz4 instead of pglz for the report columns that make a processed row
 * larger than PostgreSQL's 2 KB TOAST threshold (the de-identified
 * narrative, findings with their evidence, redactions, the recorded rollup
 * contribution): a processed row is about 2.7 KB, so every processing update
 * compressed and often moved a value out of line. Measured on 18,045
 * processed bench reports: rewriting them took 1.10-1.45 s with pglz and
 * 0.67 s with lz4, for the same size on disk (52 MB vs 50 MB); leaving rows
 * up to 4 KB uncompressed (toast_tuple_target) was faster still (0.47 s) but
 * 37% larger. Only values written from now on use lz4; older ones stay
 * readable as they are. A server built without lz4 keeps pglz (the change is
 * tried under a savepoint).
 */
export class ReportLz4Compression1763800600000 implements MigrationInterface {
  name = 'ReportLz4Compression1763800600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('SAVEPOINT report_lz4');
    try {
      await q.query(`ALTER TABLE report ${COLUMNS.map((c) => `ALTER COLUMN ${c} SET COMPRESSION lz4`).join(', ')}`);
      await q.query('RELEASE SAVEPOINT report_lz4');
    } catch {
      await q.query('ROLLBACK TO SAVEPOINT report_lz4');
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report ${COLUMNS.map((c) => `ALTER COLUMN ${c} SET COMPRESSION DEFAULT`).join(', ')}`);
  }
}
