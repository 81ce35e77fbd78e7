import { createHash, hkdfSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { EnvironmentVariables, validateEnvironment } from './environment';

export const APP_CONFIG = Symbol('APP_CONFIG');

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/** Typed, per-module sections derived once from the validated environment. */
export interface AppConfig {
  env: EnvironmentVariables['NODE_ENV'];
  isProduction: boolean;
  port: number;
  logLevel: EnvironmentVariables['LOG_LEVEL'];
  database: { url: string; poolSize: number };
  redis: { url: string };
  queue: {
    prefix: string;
    concurrency: number;
    /** Most reports one batch (one transaction per stage) takes; at most `concurrency`. */
    batchSize: number;
    /** How long a batch waits for more jobs after its first. */
    batchWaitMs: number;
    attempts: number;
    backoffMs: number;
    outboxPollMs: number;
    sweeperIntervalMs: number;
    rollupDrainIntervalMs: number;
    sweeperStaleAfterMs: number;
  };
  crypto: {
    current: EncryptionKey;
    retired: EncryptionKey[];
    /** Independent sub-keys derived from HMAC_KEY with HKDF, one per purpose. */
    statusTokenKey: Buffer;
    caseReferenceKey: Buffer;
    idempotencyKey: Buffer;
    cellKeySecret: Buffer;
    /** Keys the fingerprints of the trend queries each API key asked (trend_query_log). */
    trendQueryKey: Buffer;
  };
  intake: { anonymousEnabled: boolean };
  access: { apiKeyCacheMs: number };
  graphql: { introspection: boolean };
  analytics: {
    minCellSize: number;
    /** Distinct trend queries an organisation may ask per UTC day (GraphQL and CSV together). */
    trendQueriesPerDay: number;
    /** When trend figures take in changes: at the UTC day's start, or at every read. */
    published: 'daily' | 'immediately';
  };
  security: {
    powRequired: boolean;
    powDifficulty: number;
    powTtlSeconds: number;
    /** Signs proof-of-work challenges (HKDF sub-key of HMAC_KEY). */
    powKey: Buffer;
    anonymousBudgetPerMinute: number;
    rateLimitPointsPerMinute: number;
  };
  retention: { narrativeMonths: number; failedRawDays: number; intervalMs: number; auditDays: number };
}

function derive(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `rights-report/${purpose}`, 32));
}

export function buildAppConfig(env: EnvironmentVariables): AppConfig {
  const hmacMaster = Buffer.from(env.HMAC_KEY, 'base64');
  const retired = (env.ENCRYPTION_KEYS_RETIRED ?? '')
    .split(',')
    .filter(Boolean)
    .map((pair) => {
      const [id, key] = pair.split(':');
      return { id: id!, key: Buffer.from(key!, 'base64') };
    });
  return {
    env: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    database: { url: env.DATABASE_URL, poolSize: env.DB_POOL_SIZE },
    redis: { url: env.REDIS_URL },
    queue: {
      prefix: env.QUEUE_PREFIX,
      concurrency: env.WORKER_CONCURRENCY,
      batchSize: env.WORKER_BATCH_SIZE,
      batchWaitMs: env.WORKER_BATCH_WAIT_MS,
      attempts: env.JOB_ATTEMPTS,
      backoffMs: env.JOB_BACKOFF_MS,
      outboxPollMs: env.OUTBOX_POLL_MS,
      sweeperIntervalMs: env.SWEEPER_INTERVAL_MS,
      rollupDrainIntervalMs: env.ROLLUP_DRAIN_INTERVAL_MS,
      sweeperStaleAfterMs: env.SWEEPER_STALE_AFTER_MS,
    },
    crypto: {
      current: { id: env.ENCRYPTION_KEY_ID, key: Buffer.from(env.ENCRYPTION_KEY, 'base64') },
      retired,
      statusTokenKey: derive(hmacMaster, 'status-token'),
      caseReferenceKey: derive(hmacMaster, 'case-reference'),
      idempotencyKey: derive(hmacMaster, 'idempotency'),
      cellKeySecret: derive(hmacMaster, 'cell-key'),
      trendQueryKey: derive(hmacMaster, 'trend-query'),
    },
    intake: { anonymousEnabled: env.ANONYMOUS_SUBMISSIONS },
    access: { apiKeyCacheMs: env.API_KEY_CACHE_MS },
    graphql: { introspection: env.GRAPHQL_INTROSPECTION },
    analytics: { minCellSize: env.MIN_CELL_SIZE, trendQueriesPerDay: env.TREND_QUERIES_PER_DAY, published: env.TRENDS_PUBLISHED },
    security: {
      powRequired: env.POW_REQUIRED ?? env.NODE_ENV === 'production',
      powDifficulty: env.POW_DIFFICULTY,
      powTtlSeconds: env.POW_TTL_SECONDS,
      powKey: derive(hmacMaster, 'proof-of-work'),
      anonymousBudgetPerMinute: env.ANONYMOUS_BUDGET_PER_MINUTE,
      rateLimitPointsPerMinute: env.RATE_LIMIT_POINTS_PER_MINUTE,
    },
    retention: {
      narrativeMonths: env.RETENTION_NARRATIVE_MONTHS,
      failedRawDays: env.RETENTION_FAILED_RAW_DAYS,
      intervalMs: env.RETENTION_INTERVAL_MS,
      auditDays: env.AUDIT_RETENTION_DAYS,
    },
  };
}

/**
 * Loads ENV_FILE (default `.env` in the working directory; an empty ENV_FILE
 * reads none) when present and not in tests, then validates. Variables
 * already set win over the file's.
 */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const file = process.env.ENV_FILE ?? '.env';
  if (env === process.env && process.env.NODE_ENV !== 'test' && file !== '' && existsSync(file)) {
    process.loadEnvFile(file);
  }
  return buildAppConfig(validateEnvironment(env));
}

/** A short, non-reversible fingerprint to tell configurations apart in logs without revealing them. */
export function fingerprint(value: Buffer): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 8);
}
