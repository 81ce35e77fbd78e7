import { randomBytes } from 'node:crypto';

/**
 * One database and one queue prefix per test run, so runs never share state
 * and never depend on leftovers. The base URLs can be overridden for CI.
 */
export const PG_BASE = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function newTestEnvironment(): Record<string, string> {
  const suffix = `${process.pid}_${randomBytes(3).toString('hex')}`;
  return {
    NODE_ENV: 'test',
    // A developer's .env must not reach the processes a test starts in another NODE_ENV (production, say).
    ENV_FILE: '',
    DATABASE_URL: `${PG_BASE}/rr_test_${suffix}`,
    REDIS_URL,
    QUEUE_PREFIX: `rrtest_${suffix}`,
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    HMAC_KEY: randomBytes(32).toString('base64'),
    API_KEY_CACHE_MS: '0',
    LOG_LEVEL: 'info',
    OUTBOX_POLL_MS: '50',
    JOB_BACKOFF_MS: '50',
    ANONYMOUS_SUBMISSIONS: 'true',
    // Trend counts follow each change at once (the default publishes once a day); test/e2e/trend-publication.test.ts tests daily.
    TRENDS_PUBLISHED: 'immediately',
  };
}
