import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rollup journal (issue #7): the worker's processing transaction records
 * each report's signed contribution here instead of updating a dozen rollup
 * tables itself, and RollupsService.drain() applies the journal in bulk,
 * deleting what it applied in the same transaction. Holds no content: the
 * contribution is the report's trend coordinates (month, country, region,
 * legal model, setting, violation and perpetrator types, the safeguarding
 * flag) and its secret record key, exactly what report.rollup holds.
 */
export class RollupJournal1763800500000 implements MigrationInterface {
  name = 'RollupJournal1763800500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rollup_journal (
        id bigserial PRIMARY KEY,
        sign smallint NOT NULL CHECK (sign IN (-1, 1)),
        contribution jsonb NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    const pending: { n: number }[] = await q.query('SELECT count(*)::int AS n FROM rollup_journal');
    // Dropping unapplied entries would leave the rollups short of reports that were processed.
    if ((pending[0]?.n ?? 0) > 0) throw new Error('rollup_journal is not empty: let the worker drain it before reverting');
    await q.query('DROP TABLE rollup_journal');
  }
}
