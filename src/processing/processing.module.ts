import { Module } from '@nestjs/common';
import { OutboxRelay } from '../queue/outbox-relay.service';
import { QueueEventsTrimmer } from '../queue/queue-events-trimmer.service';
import { Sweeper } from '../queue/sweeper.service';
import { ReportPipeline } from './report-pipeline.service';
import { ReportProcessor } from './report.processor';
import { RollupDrainer } from './rollup-drainer.service';

/** Only the worker process imports this module: it runs the processor, the outbox relay, the sweeper, the rollup drain and the queue events trim. */
@Module({
  providers: [ReportPipeline, ReportProcessor, OutboxRelay, Sweeper, RollupDrainer, QueueEventsTrimmer],
  exports: [ReportPipeline, OutboxRelay, Sweeper],
})
export class ProcessingModule {}
