import { Module } from '@nestjs/common';
import { DurabilitySettingsCheck } from './durability-settings.check';

/** Start-up warnings about PostgreSQL and Redis settings; imported by the API and the worker. */
@Module({ providers: [DurabilitySettingsCheck] })
export class DurabilityChecksModule {}
