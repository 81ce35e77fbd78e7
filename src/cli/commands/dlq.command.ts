import { Queue } from 'bullmq';
import type { Command } from 'commander';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { loadAppConfig } from '../../config/app-config';
import { REPORT_QUEUE, REPORT_QUEUE_OPTIONS } from '../../queue/job-catalogue';
import { redisOptions } from '../../queue/redis-options';
import { JsonOption, print, withDatabase } from '../cli-support';
import { UUID_PATTERN } from '../../common/validation/uuid';

interface DeadJob {
  id: string;
  name: string;
  reportId: string | null;
  attempts: number;
  failure: string;
  failedAt: string | null;
}


/**
 * The dead-letter set is BullMQ's failed set (removeOnFail: false). Jobs carry
 * a report id only and fail with a stage code, so listing them shows no content.
 *
 *   dlq:list [--json]                 failed jobs: id, report id, attempts, failure code, time; and
 *                                     FAILED reports whose job Redis no longer holds (withoutJob)
 *   dlq:replay --id <job id> | --all  puts FAILED reports back to RECEIVED (when their encrypted
 *                                     raw text is still kept) and retries their jobs; FAILED reports
 *                                     whose job Redis lost are queued again through the outbox
 */
export function registerDlqCommands(program: Command): void {
  program
    .command('dlq:list')
    .description('List failed (dead-letter) processing jobs')
    .option('--limit <n>', 'at most this many', '1000')
    .option('--json', 'print one JSON object')
    .action(async (options: JsonOption & { limit: string }) => {
      const wanted = Number(options.limit);
      const limit = Number.isInteger(wanted) && wanted > 0 ? wanted : 1000;
      const { jobs, withoutJob } = await withQueue((queue) =>
        withDatabase(async (db) => {
          const jobs = await deadJobs(queue, limit);
          // The database is the record of what failed: FAILED reports whose dead letter Redis no longer holds
          // (restarted empty, flushed) are listed too, and dlq:replay takes them by report id or --all.
          const listed = new Set(jobs.map((j) => j.reportId));
          const rows: { id: string; failure_code: string | null }[] = await db.query(
            `SELECT id, failure_code FROM report WHERE status = 'FAILED' ORDER BY id LIMIT $1`,
            [limit],
          );
          const withoutJob = rows.filter((r) => !listed.has(r.id)).map((r) => ({ reportId: r.id, failure: r.failure_code ?? 'UNKNOWN' }));
          return { jobs, withoutJob };
        }),
      );
      const lines = [
        ...jobs.map((j) => `${j.id}  ${j.name}  attempts=${j.attempts}  ${j.failure}  ${j.failedAt ?? ''}`),
        ...withoutJob.map((r) => `${r.reportId}  (no job in Redis)  ${r.failure}`),
      ];
      print(options, { jobs, withoutJob }, lines.length === 0 ? 'The dead-letter set is empty' : lines.join('\n'));
    });

  program
    .command('dlq:replay')
    .description('Replay failed jobs: one by --id, or --all')
    .option('--id <jobId>', 'the job id (a report id)')
    .option('--all', 'every failed job')
    .option('--json', 'print one JSON object')
    .action(async (options: JsonOption & { id?: string; all?: boolean }) => {
      if (!options.all && !options.id) throw AppError.badInput([{ field: 'id', problem: 'REQUIRED_WITHOUT_ALL' }]);
      if (options.id && !/^[A-Za-z0-9_-]{1,80}$/.test(options.id)) throw AppError.badInput([{ field: 'id', problem: 'FORMAT' }]);
      const result = await withQueue((queue) =>
        withDatabase(async (db) => {
          const jobs = options.all ? await queue.getFailed(0, -1) : [await queue.getJob(options.id!)].filter((j) => j !== undefined);
          const replayed: string[] = [];
          const skipped: { id: string; reason: string }[] = [];
          if (!options.all && (jobs.length === 0 || !(await jobs[0]!.isFailed()))) {
            // No dead letter (Redis lost it): the report itself, when FAILED with its raw text kept.
            if (jobs.length > 0 || !UUID_PATTERN.test(options.id!) || (await requeueFromDatabase(db, [options.id!])).length === 0) {
              throw AppError.notFound('No failed job with that id');
            }
            return { replayed: [options.id!.toLowerCase()], skipped };
          }
          for (const job of jobs) {
            const reportId = (job.data as { reportId?: unknown }).reportId;
            if (typeof reportId !== 'string' || !UUID_PATTERN.test(reportId)) {
              skipped.push({ id: String(job.id), reason: 'NO_REPORT' });
              continue;
            }
            const rows: { id: string }[] = await db.query(`${RESUME} WHERE r.id = $1 AND r.status = 'FAILED' AND ${RESUMABLE} RETURNING r.id`, [reportId]);
            const state: { status: string; resumable: boolean }[] = await db.query(`SELECT r.status, ${RESUMABLE} AS resumable FROM report r WHERE r.id = $1`, [
              reportId,
            ]);
            const s = state[0];
            if (rows.length === 0 && !(s && (s.status === 'RECEIVED' || s.status === 'PROCESSING') && s.resumable)) {
              skipped.push({ id: String(job.id), reason: !s ? 'REPORT_GONE' : s.resumable ? `STATUS_${s.status}` : 'RAW_PURGED' });
              continue;
            }
            await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
            replayed.push(String(job.id));
          }
          if (options.all) {
            // FAILED reports whose dead letter is gone (Redis restarted empty, flushed or failed over): the
            // database, not the queue, is the record of what failed, and it keeps their raw text for replay.
            // (Those whose job the loop above retried are no longer FAILED.)
            replayed.push(...(await requeueFromDatabase(db, 'all')));
          }
          return { replayed, skipped };
        }),
      );
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
                  failure_code = NULL, queued_at = now()`;

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

async function deadJobs(queue: Queue, limit: number): Promise<DeadJob[]> {
  const jobs = await queue.getFailed(0, limit - 1);
  return jobs.map((job) => {
    const reportId = (job.data as { reportId?: unknown }).reportId;
    return {
      id: String(job.id),
      name: job.name,
      reportId: typeof reportId === 'string' && UUID_PATTERN.test(reportId) ? reportId : null,
      attempts: job.attemptsMade,
      // Processors fail only with a stage code (StageFailure), so the reason is a code; anything else is hidden.
      failure: /^[A-Z_]{2,40}$/.test(job.failedReason ?? '') ? job.failedReason : 'UNKNOWN',
      failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    };
  });
}

async function withQueue<T>(fn: (queue: Queue) => Promise<T>): Promise<T> {
  const config = loadAppConfig();
  const queue = new Queue(REPORT_QUEUE, {
    ...REPORT_QUEUE_OPTIONS,
    prefix: config.queue.prefix,
    connection: { ...redisOptions(config.redis.url), maxRetriesPerRequest: 1, enableOfflineQueue: true },
  });
  try {
    await Promise.race([
      queue.waitUntilReady(),
      new Promise((_, reject) => setTimeout(() => reject(new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'Redis is not reachable')), 5000).unref()),
    ]);
    return await fn(queue);
  } finally {
    await queue.close();
  }
}
