import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-codes';
import { errorClass } from '../common/errors/error-class';

const WINDOW_SECONDS = 60;

/** What every RATE_LIMITED refusal carries in `extensions` (beside `code`), whichever budget refused. */
export interface RateLimitDetails {
  scope: 'API_KEY' | 'ANONYMOUS_BUDGET' | 'TREND_QUERIES';
  limit: number;
  cost: number;
  windowSeconds: number;
  remaining: number;
  retryAfterSeconds: number;
  /** When the window resets, for budgets with fixed windows (ISO 8601, UTC). */
  resetsAt?: string;
}

export function rateLimited(details: RateLimitDetails): AppError {
  return new AppError(ErrorCode.RATE_LIMITED, 'Too many requests; retry later', { ...details });
}
/** How often each API process adds its keys' spending to the shared budget. */
export const RATE_LIMIT_SYNC_MS = 1000;

/**
 * Cost-based limits per API key and one service-wide anonymous budget, with
 * rate-limiter-flexible. Keys are an API key id or the anonymous budget's
 * name; never an address. The submit path never touches Redis.
 *
 * API keys, two tiers: each request is charged to an in-process limiter
 * (RateLimiterMemory, exact for this process), and once a second every
 * process adds what its keys spent to the shared budget in PostgreSQL
 * (RateLimiterPostgres, table rate_limit) and blocks locally, until the
 * shared window ends, a key the replicas together have overspent. Charging
 * PostgreSQL on every request made every request of a busy key wait for the
 * same row lock and a commit; now a key costs one upsert per process per
 * second. The price: with N API processes a key can overspend by what it
 * sends in one second to the other N - 1.
 *
 * The anonymous budget is charged in PostgreSQL on every submission, inside
 * the transaction that stores the report (AnonymousGate): it is small, and
 * it must be exact across replicas.
 */
@Injectable()
export class RateLimitsService implements OnModuleDestroy {
  private readonly logger = new Logger(RateLimitsService.name);
  private readonly local: RateLimiterMemory;
  private readonly shared: RateLimiterPostgres;
  private readonly anonymous: RateLimiterPostgres;
  /** Points spent per key in this process and not yet added to the shared budget. */
  private unsynced = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  private syncing: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const points = config.security.rateLimitPointsPerMinute;
    const common = { storeClient: db, storeType: 'typeorm', tableName: 'rate_limit', tableCreated: true, clearExpiredByTimeout: false, duration: WINDOW_SECONDS };
    this.local = new RateLimiterMemory({ keyPrefix: 'key', points, duration: WINDOW_SECONDS });
    this.shared = new RateLimiterPostgres({ ...common, keyPrefix: 'key', points });
    this.anonymous = new RateLimiterPostgres({ ...common, keyPrefix: 'anon', points: config.security.anonymousBudgetPerMinute });
    this.timer = setInterval(() => void this.sync(), RATE_LIMIT_SYNC_MS);
    this.timer.unref();
  }

  /** Spends `cost` points of an API key's budget, or throws RATE_LIMITED with the limits in extensions. */
  async chargeKey(keyId: string, cost: number): Promise<void> {
    await this.charge(this.local, keyId, cost, this.config.security.rateLimitPointsPerMinute, 'API_KEY');
    this.unsynced.set(keyId, (this.unsynced.get(keyId) ?? 0) + cost);
  }

  /** Spends one submission of the service-wide anonymous budget. */
  async chargeAnonymousSubmission(): Promise<void> {
    await this.charge(this.anonymous, 'submissions', 1, this.config.security.anonymousBudgetPerMinute, 'ANONYMOUS_BUDGET');
  }

  /**
   * Adds this process's unsynced spending to the shared budget and blocks
   * locally the keys that are over it. Runs one at a time; a failure (the
   * database away) keeps the points for the next round.
   */
  sync(): Promise<void> {
    this.syncing = this.syncing.then(async () => {
      if (this.unsynced.size === 0) return;
      const batch = this.unsynced;
      this.unsynced = new Map();
      const limit = this.config.security.rateLimitPointsPerMinute;
      for (const [key, points] of batch) {
        try {
          const res = await this.shared.penalty(key, points);
          if (res.consumedPoints > limit) await this.local.block(key, Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
        } catch (error) {
          this.unsynced.set(key, (this.unsynced.get(key) ?? 0) + points);
          this.logger.warn({ cause: errorClass(error) }, 'could not add key spending to the shared rate limit');
        }
      }
    });
    return this.syncing;
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.sync();
  }

  private async charge(
    limiter: RateLimiterMemory | RateLimiterPostgres,
    key: string,
    cost: number,
    limit: number,
    scope: RateLimitDetails['scope'],
  ): Promise<void> {
    try {
      await limiter.consume(key, cost);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        throw rateLimited({
          scope,
          limit,
          cost,
          windowSeconds: WINDOW_SECONDS,
          remaining: Math.max(0, rejection.remainingPoints),
          retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
        });
      }
      throw rejection;
    }
  }
}
