import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { errorClass } from '../common/errors/error-class';
import { PeriodicTask } from '../common/scheduling/periodic-task';
import { REPORT_QUEUE } from './job-catalogue';

/** How long the queue's last events (report ids with their times) may stay in Redis. */
export const EVENTS_TRIM_INTERVAL_MS = 1000;

/**
 * Empties the queue's events stream every EVENTS_TRIM_INTERVAL_MS (worker
 * process only). REPORT_QUEUE_OPTIONS keeps none, but BullMQ's scripts trim
 * the stream before they add to it, so the events of the latest jobs (a
 * report id and the millisecond it was queued or finished) would stay until
 * the next job: on a quiet service, indefinitely.
 */
@Injectable()
export class QueueEventsTrimmer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueEventsTrimmer.name);
  private readonly task: PeriodicTask;

  constructor(@InjectQueue(REPORT_QUEUE) private readonly queue: Queue) {
    this.task = new PeriodicTask({
      intervalMs: EVENTS_TRIM_INTERVAL_MS,
      run: async () => void (await this.queue.trimEvents(0)),
      failed: (error) => this.logger.warn({ cause: errorClass(error) }, 'could not trim the queue events; will try again'),
    });
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }
}
