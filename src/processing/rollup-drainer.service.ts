import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { publicationCutoff } from '../analytics/rollups/publication';
import { RollupsService } from '../analytics/rollups/rollups.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { errorClass } from '../common/errors/error-class';
import { PeriodicTask } from '../common/scheduling/periodic-task';

/**
 * Moves the rollup journal into the rollup tables every
 * ROLLUP_DRAIN_INTERVAL_MS (worker process only): with TRENDS_PUBLISHED=daily,
 * what was recorded before the current UTC day (publicationCutoff). Several workers may run
 * one each: a drain that finds another process's drain running skips its turn. At shutdown
 * the journal is drained once more, waiting for a running drain.
 */
@Injectable()
export class RollupDrainer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RollupDrainer.name);
  private readonly task: PeriodicTask;

  constructor(
    private readonly rollups: RollupsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.task = new PeriodicTask({
      intervalMs: config.queue.rollupDrainIntervalMs,
      run: async () => void (await this.rollups.drain({ wait: false, before: publicationCutoff(config) })),
      failed: (error) => this.logger.warn({ cause: errorClass(error) }, 'rollup drain failed; will try again'),
    });
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
    await this.rollups.drain({ wait: true, before: publicationCutoff(this.config) }).catch((error: unknown) => this.logger.warn({ cause: errorClass(error) }, 'final rollup drain failed'));
  }
}
