import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppError } from '../../src/common/errors/app-error';
import { AppConfig, loadAppConfig } from '../../src/config/app-config';
import { RateLimitsService } from '../../src/security/rate-limits.service';
import { openDatabase } from '../support/fixtures';

/** Two RateLimitsService instances on one database stand for two API replicas. */
describe('per-key rate limit across API processes', () => {
  let db: DataSource;
  const replicas: RateLimitsService[] = [];
  const config = (): AppConfig => {
    const base = loadAppConfig();
    return { ...base, security: { ...base.security, rateLimitPointsPerMinute: 100 } };
  };
  const replica = (): RateLimitsService => {
    const r = new RateLimitsService(db, config());
    replicas.push(r);
    return r;
  };
  const refusal = async (p: Promise<unknown>): Promise<AppError | undefined> => p.then(() => undefined, (e: AppError) => e);

  beforeAll(async () => {
    db = await openDatabase();
  });
  afterAll(async () => {
    for (const r of replicas) await r.onModuleDestroy();
    await db.destroy();
  });

  it('is exact within one process', async () => {
    const a = replica();
    const key = randomUUID();
    for (let i = 0; i < 10; i++) await a.chargeKey(key, 10);
    const refused = await refusal(a.chargeKey(key, 10));
    expect(refused?.code).toBe('RATE_LIMITED');
    expect(refused?.details).toMatchObject({ scope: 'API_KEY', limit: 100, cost: 10, windowSeconds: 60 });
  });

  it('adds every process spending to one shared budget, and blocks the key everywhere once it is spent', async () => {
    const a = replica();
    const b = replica();
    const key = randomUUID();
    const other = randomUUID();
    for (let i = 0; i < 6; i++) {
      await a.chargeKey(key, 10);
      await b.chargeKey(key, 10); // 120 in all, but no process has seen more than 60
    }
    await a.chargeKey(other, 10);
    await a.sync(); // 60 of 100 in the shared budget
    await b.sync(); // 120: b learns the key is over its budget
    const [row] = (await db.query(`SELECT points FROM rate_limit WHERE key = $1`, [`key:${key}`])) as { points: number }[];
    expect(Number(row!.points)).toBe(120);
    expect((await refusal(b.chargeKey(key, 1)))?.code).toBe('RATE_LIMITED');
    // a learns it at its next round, after at most one more second of spending.
    await a.chargeKey(key, 1);
    await a.sync();
    expect((await refusal(a.chargeKey(key, 1)))?.code).toBe('RATE_LIMITED');
    // A key under its budget is not affected.
    await expect(a.chargeKey(other, 10)).resolves.toBeUndefined();
  });

  it('adds what a process spent to the shared budget when it shuts down', async () => {
    const a = replica();
    const key = randomUUID();
    await a.chargeKey(key, 30);
    await a.onModuleDestroy();
    const [row] = (await db.query(`SELECT points FROM rate_limit WHERE key = $1`, [`key:${key}`])) as { points: number }[];
    expect(Number(row!.points)).toBe(30);
  });
});
