import type { Command } from 'commander';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { JsonOption, print, withDatabase } from '../cli-support';
import { UUID_PATTERN } from '../../common/validation/uuid';
import { QUEUED_AT_NOW } from '../../reports/report.entity';

interface FailedReport {
  reportId: string;
  failure: string;
  /** Its raw or de-identified text is kept, so dlq:replay can process it again. */
  replayable: boolean;
}

/**
 * Dead letters are FAILED reports, read from the database only. Redis keeps no
 * failed job (removeOnFail, see QueueModule): a dead job kept, beside its id
 * (the report id), the millisecond the report was queued, taken and finished,
 * which with a proxy's log ties an anonymous report to a connection. A report
 * keeps only the month it was received, so nothing here shows a time, not even
 * a day. The failure is a stage code (FailureCode), never a message.
 *
 *   dlq:list [--limit n] [--json]         FAILED reports: report id, failure code, replayable
 *   dlq:replay --id <report id> | --all   puts FAILED reports back to the stage they can resume from,
 *                                         each with an outbox row: a running worker's relay queues them
 *                                         (a job id is its report id). A report with neither its raw
 *                                         nor its de-identified text kept is skipped (RAW_PURGED).
 */
export function registerDlqCommands(program: Command): void {
  program
    .command('dlq:list')
    .description('List FAILED reports (the dead letters): report id, failure code and whether they can be replayed, from the database')
    .option('--limit <n>', 'at most this many', '1000')
    .option('--json', 'print one JSON object')
    .action(async (options: JsonOption & { limit: string }) => {
      const wanted = Number(options.limit);
      const limit = Number.isInteger(wanted) && wanted > 0 ? wanted : 1000;
      const failed = await withDatabase(async (db) => {
        const rows: { id: string; failure_code: string | null; replayable: boolean }[] = await db.query(
          `SELECT r.id, r.failure_code, ${RESUMABLE} AS replayable FROM report r WHERE r.status = 'FAILED' ORDER BY r.id LIMIT $1`,
          [limit],
        );
        return rows.map((r): FailedReport => ({ reportId: r.id, failure: r.failure_code ?? 'UNKNOWN', replayable: r.replayable }));
      });
      const lines = failed.map((r) => `${r.reportId}  ${r.failure}${r.replayable ? '' : '  (no text left to replay from)'}`);
      print(options, { failed }, lines.length === 0 ? 'No FAILED reports' : lines.join('\n'));
    });

  program
    .command('dlq:replay')
    .description('Replay FAILED reports: one by --id (its report id), or --all; a running worker queues them')
    .option('--id <reportId>', 'the report id (as dlq:list shows it; a job id is its report id)')
    .option('--all', 'every FAILED report that can be replayed')
    .option('--json', 'print one JSON object')
    .action(async (options: JsonOption & { id?: string; all?: boolean }) => {
      if (!options.all && !options.id) throw AppError.badInput([{ field: 'id', problem: 'REQUIRED_WITHOUT_ALL' }]);
      if (options.id && !UUID_PATTERN.test(options.id)) throw AppError.badInput([{ field: 'id', problem: 'FORMAT' }]);
      const result = await withDatabase(async (db) => {
        if (!options.all) {
          const replayed = await requeueFromDatabase(db, [options.id!.toLowerCase()]);
          if (replayed.length === 0) throw AppError.notFound('No FAILED report with that id that can be replayed');
          return { replayed, skipped: [] as { id: string; reason: string }[] };
        }
        const replayed = await requeueFromDatabase(db, 'all');
        const rest: { id: string }[] = await db.query(`SELECT r.id FROM report r WHERE r.status = 'FAILED' AND NOT ${RESUMABLE} ORDER BY r.id`);
        return { replayed, skipped: rest.map((r) => ({ id: r.id, reason: 'RAW_PURGED' })) };
      });
      print(options, result, `Replayed ${result.replayed.length}, skipped ${result.skipped.length}`);
    });
}

/**
 * A FAILED report can be processed again from its encrypted raw text (it failed before or during
 * de-identification) or from its de-identified text (it failed in categorisation: de-identification
 * committed and deleted the raw text). Without either there is nothing left to process.
 */
const RESUMABLE = `(EXISTS (SELECT 1 FROM report_raw w WHERE w.report_id = r.id) OR (r.narrative IS NOT NULL AND r.redactions IS NOT NULL))`;

/** Back to the stage it can resume from: RECEIVED with its raw text, else PROCESSING (categorisation). */
const RESUME = `UPDATE report r SET status = CASE WHEN EXISTS (SELECT 1 FROM report_raw w WHERE w.report_id = r.id) THEN 'RECEIVED' ELSE 'PROCESSING' END,
                  failure_code = NULL, queued_at = ${QUEUED_AT_NOW}`;

/**
 * Puts FAILED reports that can resume (these ids, or all) back to their stage with an outbox row, in
 * one statement: the worker's relay queues them with the worker's job options. Returns the ids put back.
 */
async function requeueFromDatabase(db: DataSource, ids: string[] | 'all'): Promise<string[]> {
  const rows: { report_id: string }[] = await db.query(
    `WITH back AS (${RESUME} WHERE ($1::uuid[] IS NULL OR r.id = ANY($1::uuid[])) AND r.status = 'FAILED' AND ${RESUMABLE} RETURNING r.id)
     INSERT INTO outbox (report_id) SELECT id FROM back ORDER BY id RETURNING report_id`,
    [ids === 'all' ? null : ids],
  );
  return rows.map((r) => r.report_id);
}
