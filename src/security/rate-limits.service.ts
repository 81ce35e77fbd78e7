import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppError } from '../common/errors/app-error';
import { ErrorCode } from '../common/errors/error-codes';

const WINDOW_SECONDS = 60;

/**
 * Cost-based limits kept in PostgreSQL by rate-limiter-flexible (table
 * rate_limit, created by a migration): shared by every API replica, and the
 * submit path still never touches Redis. Keys are an API key id or the one
 * global anonymous budget; never an address.
 */
@Injectable()
export class RateLimitsService {
  private readonly perKey: RateLimiterPostgres;
  private readonly anonymous: RateLimiterPostgres;

  constructor(
    @InjectDataSource() db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const common = { storeClient: db, storeType: 'typeorm', tableName: 'rate_limit', tableCreated: true, clearExpiredByTimeout: false, duration: WINDOW_SECONDS };
    this.perKey = new RateLimiterPostgres({ ...common, keyPrefix: 'key', points: config.security.rateLimitPointsPerMinute });
    this.anonymous = new RateLimiterPostgres({ ...common, keyPrefix: 'anon', points: config.security.anonymousBudgetPerMinute });
  }

  /** Spends `cost` points of an API key's budget, or throws RATE_LIMITED with the limits in extensions. */
  async chargeKey(keyId: string, cost: number): Promise<void> {
    await this.charge(this.perKey, keyId, cost, this.config.security.rateLimitPointsPerMinute, 'API_KEY');
  }

  /** Spends one submission of the service-wide anonymous budget. */
  async chargeAnonymousSubmission(): Promise<void> {
    await this.charge(this.anonymous, 'submissions', 1, this.config.security.anonymousBudgetPerMinute, 'ANONYMOUS_BUDGET');
  }

  private async charge(limiter: RateLimiterPostgres, key: string, cost: number, limit: number, scope: string): Promise<void> {
    try {
      await limiter.consume(key, cost);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        throw new AppError(ErrorCode.RATE_LIMITED, 'Too many requests; retry later', {
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
