import { Module } from '@nestjs/common';
import { OutboxRelay } from '../queue/outbox-relay.service';
import { Sweeper } from '../queue/sweeper.service';
import { ReportPipeline } from './report-pipeline.service';
import { ReportProcessor } from './report.processor';
import { RollupDrainer } from './rollup-drainer.service';

/** Only the worker process imports this module: it runs the processor, the outbox relay, the sweeper and the rollup drain. */
@Module({
  providers: [ReportPipeline, ReportProcessor, OutboxRelay, Sweeper, RollupDrainer],
  exports: [ReportPipeline, OutboxRelay, Sweeper],
})
export class ProcessingModule {}
