import { Module } from '@nestjs/common';
import { RetentionScheduler } from './retention.scheduler';

/** The purge job; registered in the worker only. */
@Module({ providers: [RetentionScheduler] })
export class RetentionModule {}
