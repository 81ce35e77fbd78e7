import { Module } from '@nestjs/common';
import { RollupsModule } from './analytics/rollups/rollups.module';
import { LoggingModule } from './common/logging/logging.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { ProcessingModule } from './processing/processing.module';
import { QueueModule } from './queue/queue.module';
import { RetentionModule } from './retention/retention.module';
import { DurabilityChecksModule } from './security/durability-checks.module';

/** The worker process: the same modules, no HTTP. */
@Module({ imports: [ConfigModule, LoggingModule, DatabaseModule, QueueModule, RollupsModule, ProcessingModule, RetentionModule, DurabilityChecksModule] })
export class WorkerModule {}
