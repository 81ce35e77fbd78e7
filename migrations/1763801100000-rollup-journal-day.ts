import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Daily publication of the trend figures (TRENDS_PUBLISHED=daily): each
 * journal entry keeps the UTC day it was recorded, and the drain applies only
 * entries of days before the current one, so a cell of the rollups changes at
 * most once a day. The day only, never the time: an entry's contribution
 * carries the report's record key, which report.rollup holds too.
 */
export class RollupJournalDay1763801100000 implements MigrationInterface {
  name = 'RollupJournalDay1763801100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rollup_journal ADD COLUMN journalled_on date NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')::date`);
    await q.query(`CREATE INDEX rollup_journal_journalled_on_idx ON rollup_journal (journalled_on, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX rollup_journal_journalled_on_idx`);
    await q.query(`ALTER TABLE rollup_journal DROP COLUMN journalled_on`);
  }
}
