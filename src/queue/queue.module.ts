import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { REPORT_QUEUE, REPORT_QUEUE_OPTIONS } from './job-catalogue';
import { redisOptions } from './redis-options';

/**
 * Redis holds only the queue. Producers fail fast when Redis is away (no
 * offline queue): the outbox in PostgreSQL keeps every report until the relay
 * can hand it over.
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
          removeOnFail: false,
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
