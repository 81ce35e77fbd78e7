import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FailureCode, JobName, JobPayloads, REPORT_QUEUE, StageFailure } from '../queue/job-catalogue';
import { BatchResults, ReportPipeline } from './report-pipeline.service';
import { MicroBatcher } from '../common/batching/micro-batcher';
import { errorClass } from '../common/errors/error-class';
import { redisOptions } from '../queue/redis-options';

type ReportJob = Job<JobPayloads[JobName]>;

/**
 * Thin shell around the pipeline. Errors are rethrown (never swallowed, or
 * BullMQ would mark the job completed and never retry) but always as a
 * StageFailure whose message is a code, so no content can reach Redis.
 */
// A killed worker's jobs are picked up again after the lock lapses (15 s) and the next stalled
// check (every 5 s); they may stall a few times before that counts as a failure.
//
// The worker has a connection of its own: @nestjs/bullmq would give it the queue's, which fails fast for
// producers (no offline queue, one retry: the outbox keeps every report meanwhile), while BullMQ's
// blocking commands need maxRetriesPerRequest null (it warned at every start). A getter, read when the
// worker is created at bootstrap, after the configuration (and REDIS_URL) is loaded and validated.
@Processor(REPORT_QUEUE, {
  lockDuration: 15000,
  stalledInterval: 5000,
  maxStalledCount: 5,
  get connection() {
    return { ...redisOptions(process.env.REDIS_URL ?? ''), maxRetriesPerRequest: null };
  },
})
export class ReportProcessor extends WorkerHost implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ReportProcessor.name);
  /** The reports of jobs running at the same time share a transaction per stage (see ReportPipeline.processBatch). */
  private readonly batcher: MicroBatcher<string, StageFailure | undefined>;

  constructor(
    private readonly pipeline: ReportPipeline,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(REPORT_QUEUE) private readonly queue: Queue,
  ) {
    super();
    this.batcher = new MicroBatcher<string, StageFailure | undefined>(
      (ids): Promise<BatchResults> => this.pipeline.processBatch(ids),
      Math.min(config.queue.batchSize, config.queue.concurrency),
      config.queue.batchWaitMs,
    );
  }

  /**
   * The worker finishes its last jobs after the events trimmer's last run (QueueEventsTrimmer), and
   * their events (a report id beside the millisecond it was done) would stay in Redis until a worker
   * next starts: once the worker has closed, the stream is emptied once more. Closing twice is safe
   * (BullMQ returns the close under way); the queue's connection may already be closed by Nest's own
   * shutdown hook, which is logged and left.
   */
  async onApplicationShutdown(): Promise<void> {
    try {
      await this.worker.close();
      await this.queue.trimEvents(0);
    } catch (error) {
      this.logger.warn({ cause: errorClass(error) }, 'could not trim the queue events at shutdown');
    }
  }

  onModuleInit(): void {
    this.worker.concurrency = this.config.queue.concurrency;
    this.pipeline.warmUp();
  }

  async process(job: ReportJob): Promise<void> {
    const name = job.name as JobName;
    try {
      switch (name) {
        case JobName.ProcessReport: {
          const failure = await this.batcher.submit(job.data.reportId);
          if (failure) throw failure;
          return;
        }
        case JobName.RecategoriseReport:
          await this.pipeline.recategorise(job.data.reportId);
          return;
      }
    } catch (error) {
      const failure = error instanceof StageFailure ? error : new StageFailure(FailureCode.StorageFailed);
      this.logger.warn({ job: job.name, attempt: job.attemptsMade + 1, failure: failure.code, cause: errorClass(error) }, 'job failed');
      throw failure;
    }
    throw new Error(`No handler for job ${String(name)}`);
  }

  /**
   * Jobs are removed from Redis when they exhaust their attempts (removeOnFail, see QueueModule), so
   * the report's status is the only record of the failure. BullMQ emits this event after the job is
   * moved (here: removed), with the job object it holds in memory: its data and attemptsMade are
   * still there. A job that failed by stalling too often (a killed worker) fails before its attempts
   * are used up and is left alone: its report stays RECEIVED or PROCESSING and the sweeper queues it
   * again.
   *
   * None of these log lines names the job or its report: the id is the report id, and beside the
   * line's millisecond time it would date an anonymous report to within its processing. Operators
   * find failed reports with dlq:list, from the database.
   */
  @OnWorkerEvent('failed')
  async onFailed(job: ReportJob | undefined, error: Error): Promise<void> {
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    const code = error instanceof StageFailure ? error.code : FailureCode.StorageFailed;
    try {
      if (job.name === JobName.ProcessReport) await this.pipeline.markFailed(job.data.reportId, code);
      this.logger.error({ job: job.name, failure: code }, 'job exhausted its attempts');
    } catch (markError) {
      // Its job is gone and the report is still RECEIVED or PROCESSING: once stale, the sweeper queues
      // it again with fresh attempts, and it is processed or, failing again, marked FAILED then.
      this.logger.error({ job: job.name, failure: code, cause: errorClass(markError) }, 'could not mark report failed');
    }
  }
}
