import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { errorClass } from '../common/errors/error-class';
import { purgeOnce } from './retention.service';

/** Runs the purge job in the worker every RETENTION_INTERVAL_MS (first run shortly after start). */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(Math.min(5000, this.config.retention.intervalMs));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick();
    }, delay);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      const counts = await purgeOnce(this.db, this.config);
      if (counts && Object.values(counts).some((n) => n > 0)) this.logger.log({ purged: counts }, 'retention purge');
    } catch (error) {
      this.logger.warn({ cause: errorClass(error) }, 'retention purge failed; will retry');
    }
    this.schedule(this.config.retention.intervalMs);
  }
}
