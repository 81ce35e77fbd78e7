import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { RollupsService } from '../analytics/rollups/rollups.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { errorClass } from '../common/errors/error-class';

/**
 * Moves the rollup journal into the rollup tables every
 * ROLLUP_DRAIN_INTERVAL_MS (worker process only). Several workers may run
 * one each: a drain that finds another running skips its turn. At shutdown
 * the journal is drained once more, waiting for a running drain.
 */
@Injectable()
export class RollupDrainer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RollupDrainer.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly rollups: RollupsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running) return; // the previous drain is still at work
      this.running = this.rollups
        .drain({ wait: false })
        .catch((error: unknown) => this.logger.warn({ cause: errorClass(error) }, 'rollup drain failed; will try again'))
        .finally(() => (this.running = undefined));
    }, this.config.queue.rollupDrainIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.rollups.drain({ wait: true }).catch((error: unknown) => this.logger.warn({ cause: errorClass(error) }, 'final rollup drain failed'));
  }
}
