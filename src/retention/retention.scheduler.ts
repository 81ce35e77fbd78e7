import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { errorClass } from '../common/errors/error-class';
import { PeriodicTask } from '../common/scheduling/periodic-task';
import { purgeOnce } from './retention.service';

/** Runs the purge job in the worker every RETENTION_INTERVAL_MS (first run shortly after start). */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private readonly task: PeriodicTask;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.task = new PeriodicTask({
      intervalMs: config.retention.intervalMs,
      firstDelayMs: Math.min(5000, config.retention.intervalMs),
      run: () => this.purge(),
      failed: (error) => this.logger.warn({ cause: errorClass(error) }, 'retention purge failed; will retry'),
      unref: true,
    });
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  private async purge(): Promise<void> {
    const counts = await purgeOnce(this.db, this.config);
    if (counts && Object.values(counts).some((n) => n > 0)) this.logger.log({ purged: counts }, 'retention purge');
  }
}
