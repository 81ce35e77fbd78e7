import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { errorClass } from '../common/errors/error-class';
import { PeriodicTask } from '../common/scheduling/periodic-task';
import { QUEUED_AT_NOW } from '../reports/report.entity';
import { JobName, jobIdFor, REPORT_QUEUE } from './job-catalogue';

const CLEAN_BATCH = 1000;

/**
 * The safety net behind "no report is lost": every report still RECEIVED or
 * PROCESSING after SWEEPER_STALE_AFTER_MS whose job is gone (Redis lost it,
 * flushed, or the relay crashed mid-way) is enqueued again. That includes a
 * report whose job exhausted its attempts but which could not be marked FAILED
 * (the database refused): jobs are removed when they fail (QueueModule), so its
 * job is gone too, and it is processed again with fresh attempts (and marked
 * FAILED if it fails again).
 *
 * Each sweep also empties the queue's failed set. Nothing is put there now;
 * what it holds is left from before jobs were removed on failure (or from jobs
 * queued then, with their old options): dead jobs keeping, beside a report id,
 * the millisecond the report was queued. Their reports' status is the record.
 */
@Injectable()
export class Sweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Sweeper.name);
  private readonly task: PeriodicTask;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(REPORT_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.task = new PeriodicTask({
      intervalMs: config.queue.sweeperIntervalMs,
      run: async () => void (await this.sweep()),
      failed: (error) => this.logger.warn({ cause: errorClass(error) }, 'sweep failed; will try again'),
    });
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** Returns how many reports were re-enqueued and how many left-over failed jobs were removed. */
  async sweep(staleAfterMs = this.config.queue.sweeperStaleAfterMs): Promise<{ requeued: number; cleared: number }> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM report
        WHERE status IN ('RECEIVED', 'PROCESSING') AND queued_at < now() - make_interval(secs => $1)
        ORDER BY queued_at LIMIT 1000`,
      [staleAfterMs / 1000],
    );
    let requeued = 0;
    for (const { id } of rows) {
      const jobId = jobIdFor(JobName.ProcessReport, id);
      const state = await this.queue.getJobState(jobId);
      switch (state) {
        case 'waiting':
        case 'active':
        case 'delayed':
        case 'prioritized':
        case 'waiting-children':
          continue;
        // Jobs are removed once done, so these are left over (from before jobs were removed on failure,
        // say). The report is still RECEIVED or PROCESSING: the database records no failure for it (or
        // dlq:replay put it back, and this job made the relay's new one a duplicate). It is tried again.
        case 'failed':
        case 'completed':
          await this.queue.remove(jobId);
          break;
        case 'unknown':
          break;
      }
      await this.queue.add(JobName.ProcessReport, { reportId: id }, { jobId });
      await this.db.query(`UPDATE report SET queued_at = ${QUEUED_AT_NOW} WHERE id = $1`, [id]);
      requeued++;
    }
    const cleared = await this.clearFailedSet();
    if (requeued + cleared > 0) this.logger.log({ requeued, cleared }, 'sweep');
    return { requeued, cleared };
  }

  /** Removes every job in the failed set (see the class comment); returns how many. */
  private async clearFailedSet(): Promise<number> {
    let cleared = 0;
    for (;;) {
      const removed = await this.queue.clean(0, CLEAN_BATCH, 'failed');
      cleared += removed.length;
      if (removed.length < CLEAN_BATCH) return cleared;
    }
  }
}
