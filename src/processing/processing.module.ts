import { Module } from '@nestjs/common';
import { OutboxRelay } from '../queue/outbox-relay.service';
import { Sweeper } from '../queue/sweeper.service';
import { ReportPipeline } from './report-pipeline.service';
import { ReportProcessor } from './report.processor';

/** Only the worker process imports this module: it runs the processor, the outbox relay and the sweeper. */
@Module({ providers: [ReportPipeline, ReportProcessor, OutboxRelay, Sweeper], exports: [ReportPipeline, OutboxRelay, Sweeper] })
export class ProcessingModule {}
