import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Queue } from 'bullmq';
import { Public } from '../access/access.decorators';
import { REPORT_QUEUE } from '../queue/job-catalogue';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @InjectQueue(REPORT_QUEUE) private readonly queue: Queue,
  ) {}

  /** The process is up. */
  @Public()
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Ready only when PostgreSQL and Redis answer. */
  @Public()
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => this.redisCheck(),
    ]);
  }

  private async redisCheck() {
    const indicator = this.indicators.check('redis');
    try {
      // The whole check is bounded: while Redis is down, even getting the client waits for a reconnection.
      const answer = await Promise.race([
        this.queue.client.then((client) => (client as unknown as { ping(): Promise<string> }).ping()),
        new Promise<string>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return answer === 'PONG' ? indicator.up() : indicator.down();
    } catch {
      return indicator.down();
    }
  }
}
