import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { REPORT_QUEUE, REPORT_QUEUE_OPTIONS } from './job-catalogue';
import { redisOptions } from './redis-options';

/**
 * Redis holds only the queue. Producers fail fast when Redis is away (no
 * offline queue): the outbox in PostgreSQL keeps every report until the relay
 * can hand it over.
 *
 * A job is removed from Redis once done, whether it completed or exhausted its
 * attempts: Redis keeps no dead letters. A failed job kept the millisecond it
 * was queued (just after the report was submitted), taken and finished beside
 * its id (the report id), which with a proxy's log ties an anonymous report to
 * a connection. The database is the record of what failed: the worker's
 * `failed` handler (BullMQ still hands it the job, from memory) marks the
 * report FAILED with its stage code, and dlq:list and dlq:replay read and
 * replay FAILED reports from there. Should marking it fail, the report is left
 * RECEIVED or PROCESSING with no job, and the sweeper queues it again.
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        prefix: config.queue.prefix,
        connection: { ...redisOptions(config.redis.url), maxRetriesPerRequest: null },
        defaultJobOptions: {
          attempts: config.queue.attempts,
          backoff: { type: 'exponential', delay: config.queue.backoffMs, jitter: 0.5 },
          removeOnComplete: true,
          removeOnFail: true,
        },
      }),
    }),
    BullModule.registerQueueAsync({
      name: REPORT_QUEUE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...REPORT_QUEUE_OPTIONS,
        connection: { ...redisOptions(config.redis.url), enableOfflineQueue: false, maxRetriesPerRequest: 1 },
      }),
    }),
  ],
  exports: [BullModule],
})
export class QueueModule {}
