import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { errorClass } from '../common/errors/error-class';
import { PeriodicTask } from '../common/scheduling/periodic-task';
import { ReportPipeline } from '../processing/report-pipeline.service';
import { FailureCode, JobName, jobIdFor, REPORT_QUEUE } from './job-catalogue';

/**
 * The safety net behind "no report is lost": every report still RECEIVED or
 * PROCESSING after SWEEPER_STALE_AFTER_MS whose job is gone (Redis lost it,
 * flushed, or the relay crashed mid-way) is enqueued again; one whose job
 * exhausted its attempts is marked FAILED.
 */
@Injectable()
export class Sweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Sweeper.name);
  private readonly task: PeriodicTask;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(REPORT_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pipeline: ReportPipeline,
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

  /** Returns how many reports were re-enqueued and how many marked failed. */
  async sweep(staleAfterMs = this.config.queue.sweeperStaleAfterMs): Promise<{ requeued: number; failed: number }> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM report
        WHERE status IN ('RECEIVED', 'PROCESSING') AND queued_at < now() - make_interval(secs => $1)
        ORDER BY queued_at LIMIT 1000`,
      [staleAfterMs / 1000],
    );
    let requeued = 0;
    let failed = 0;
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
        case 'failed': {
          // Our own stage failures exhausted their attempts: the report is FAILED. Anything else
          // (a job that stalled too often because workers were killed) is tried again.
          const job = await this.queue.getJob(jobId);
          const code = Object.values(FailureCode).find((c) => c === job?.failedReason);
          if (code) {
            await this.pipeline.markFailed(id, code);
            failed++;
            continue;
          }
          await this.queue.remove(jobId);
          break;
        }
        case 'completed':
          await this.queue.remove(jobId);
          break;
        case 'unknown':
          break;
      }
      await this.queue.add(JobName.ProcessReport, { reportId: id }, { jobId });
      await this.db.query('UPDATE report SET queued_at = now() WHERE id = $1', [id]);
      requeued++;
    }
    if (requeued + failed > 0) this.logger.log({ requeued, failed }, 'sweep');
    return { requeued, failed };
  }
}
