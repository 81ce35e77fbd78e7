import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { errorClass } from '../common/errors/error-class';
import { PeriodicTask } from '../common/scheduling/periodic-task';
import { JobName, jobIdFor, REPORT_QUEUE } from './job-catalogue';

const BATCH = 500;

/**
 * Moves outbox rows to BullMQ. Rows are deleted and enqueued in one
 * transaction: if Redis refuses, the transaction rolls back and the rows wait
 * for the next round. SKIP LOCKED lets any number of workers relay at once;
 * job id = report id makes a duplicate enqueue harmless.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly task: PeriodicTask;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(REPORT_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.task = new PeriodicTask({
      intervalMs: config.queue.outboxPollMs,
      firstDelayMs: 0,
      // A full batch means more is waiting: relay again at once.
      run: async () => ((await this.relayOnce()) === BATCH ? 0 : undefined),
      retryMs: Math.max(config.queue.outboxPollMs, 1000),
      failed: (error) => this.logger.warn({ cause: errorClass(error) }, 'outbox relay could not reach the queue; reports stay in the outbox'),
    });
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** Relays one batch; returns how many reports were handed to the queue. */
  async relayOnce(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows: { report_id: string }[] = await tx.query(
        `WITH moved AS (
           DELETE FROM outbox WHERE id IN (SELECT id FROM outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
           RETURNING report_id)
         SELECT report_id FROM moved`,
        [BATCH],
      );
      if (rows.length === 0) return 0;
      await this.queue.addBulk(
        rows.map((r) => ({
          name: JobName.ProcessReport,
          data: { reportId: r.report_id },
          opts: { jobId: jobIdFor(JobName.ProcessReport, r.report_id) },
        })),
      );
      return rows.length;
    });
  }
}
