import { Queue } from 'bullmq';
import type { Command } from 'commander';
import { JobName, jobIdFor, REPORT_QUEUE, REPORT_QUEUE_OPTIONS } from '../../queue/job-catalogue';
import { redisOptions } from '../../queue/redis-options';
import { TAXONOMY_VERSION } from '../../taxonomy/taxonomy.data';
import { JsonOption, print, withDatabase } from '../cli-support';

const PAGE = 1000;

/**
 * recategorise: queues every PROCESSED report categorised under another
 * taxonomy version; the worker re-categorises each, reversing and
 * re-applying its trend counts in one transaction (reviewers' corrections
 * are kept). A report whose narrative the purge retired has no text to
 * categorise: it keeps its findings and counts (and its version).
 */
export function registerRecategoriseCommand(program: Command): void {
  program
    .command('recategorise')
    .description(`Re-categorise processed reports under the current taxonomy version (${TAXONOMY_VERSION}) on the worker`)
    .option('--json', 'print one JSON object')
    .action(async (options: JsonOption) => {
      const queued = await withDatabase(async (db, config) => {
        const queue = new Queue(REPORT_QUEUE, {
          ...REPORT_QUEUE_OPTIONS,
          prefix: config.queue.prefix,
          connection: { ...redisOptions(config.redis.url), enableOfflineQueue: false, maxRetriesPerRequest: 1 },
        });
        try {
          await queue.waitUntilReady();
          // Jobs an earlier version of this command left in Redis (done or given up, never removed) hold the
          // ids this run needs: BullMQ would drop the new jobs as duplicates. Report jobs are removed once
          // done or given up, so every completed or failed job is a leftover (the worker's sweeper empties
          // the failed set too).
          await queue.clean(0, 0, 'completed');
          for (const job of await queue.getFailed(0, -1)) if (job.name === JobName.RecategoriseReport) await job.remove();
          let after = '00000000-0000-0000-0000-000000000000';
          let total = 0;
          for (;;) {
            const rows: { id: string }[] = await db.query(
              `SELECT id FROM report WHERE status = 'PROCESSED' AND taxonomy_version IS DISTINCT FROM $1 AND narrative IS NOT NULL
                  AND id > $2
                ORDER BY id LIMIT $3`,
              [TAXONOMY_VERSION, after, PAGE],
            );
            if (rows.length === 0) break;
            await queue.addBulk(
              rows.map((r) => ({
                name: JobName.RecategoriseReport,
                data: { reportId: r.id },
                opts: {
                  jobId: jobIdFor(JobName.RecategoriseReport, r.id),
                  // This queue is not the worker's, so it has none of its default job options: without
                  // these a job had one attempt and stayed in Redis once done, and the next run's job of
                  // the same id (the next taxonomy version) was dropped as a duplicate. A job that
                  // exhausts its attempts is removed too: its report keeps the old version and the next
                  // run queues it again.
                  attempts: config.queue.attempts,
                  backoff: { type: 'exponential', delay: config.queue.backoffMs, jitter: 0.5 },
                  removeOnComplete: true,
                  removeOnFail: true,
                },
              })),
            );
            total += rows.length;
            after = rows[rows.length - 1]!.id;
          }
          return total;
        } finally {
          await queue.close();
        }
      });
      print(options, { queued, taxonomyVersion: TAXONOMY_VERSION }, `Queued ${queued} reports for re-categorisation under ${TAXONOMY_VERSION}`);
    });
}
