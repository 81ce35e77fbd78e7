import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { errorClass } from '../common/errors/error-class';
import { REPORT_QUEUE } from '../queue/job-catalogue';

const TIMEOUT_MS = 2000;

/**
 * Warns at start (API and worker) when the stores are set up so that a
 * receipt could be a broken promise: Redis evicting keys (a queued job could
 * vanish; the sweeper recovers it, but late) or PostgreSQL acknowledging
 * commits before they are on disk. Never blocks start-up.
 */
@Injectable()
export class DurabilitySettingsCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('DurabilitySettings');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(REPORT_QUEUE) private readonly queue: Queue,
  ) {}

  onApplicationBootstrap(): void {
    void this.run();
  }

  /** Returns the warnings it logged (for tests). */
  async run(): Promise<string[]> {
    const warnings: string[] = [];
    const [pg, redis] = await Promise.all([this.postgresSetting(), this.redisPolicy()]);
    if (pg === 'off') warnings.push('PostgreSQL has synchronous_commit=off: a crash can lose reports whose receipts were returned');
    if (redis !== undefined && redis !== 'noeviction') {
      warnings.push(`Redis maxmemory-policy is ${redis}, not noeviction: queued jobs may be evicted (the sweeper re-enqueues them, late)`);
    }
    for (const w of warnings) this.logger.warn(w);
    return warnings;
  }

  private async postgresSetting(): Promise<string | undefined> {
    try {
      const rows: { synchronous_commit: string }[] = await withTimeout(this.db.query('SHOW synchronous_commit'));
      return rows[0]?.synchronous_commit;
    } catch (error) {
      this.logger.warn({ cause: errorClass(error) }, 'could not read PostgreSQL synchronous_commit');
      return undefined;
    }
  }

  private async redisPolicy(): Promise<string | undefined> {
    try {
      const client = (await withTimeout(this.queue.client)) as unknown as { info(section: string): Promise<string> };
      const info = await withTimeout(client.info('memory'));
      const policy = /maxmemory_policy:(\S+)/.exec(info)?.[1];
      return policy === undefined ? undefined : policy.replace(/[^a-z0-9-]/g, '');
    } catch (error) {
      this.logger.warn({ cause: errorClass(error) }, 'could not read the Redis maxmemory-policy');
      return undefined;
    }
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS).unref())]);
}
