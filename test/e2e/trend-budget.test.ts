import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DataSource } from 'typeorm';
import { issueKey, openDatabase, orgWithKey } from '../support/fixtures';
import { bearer, gql } from '../support/graphql';
import { RunningProcess, startApi } from '../support/processes';

const run = promisify(execFile);
const LIMIT = 3;
const TRENDS = `query($q: TrendQuery!) { trends(query: $q) { cells { count suppressed } suppressedCells } }`;

/** The built CLI with this run's environment; --json: exactly one JSON object on stdout. */
async function cli(args: string[]): Promise<Record<string, unknown>> {
  const dist = process.env.TEST_DIST_DIR ?? join(__dirname, '..', '..', 'dist');
  const { stdout } = await run(process.execPath, [join(dist, 'cli', 'cli.js'), ...args, '--json'], { env: { ...process.env, TREND_QUERIES_PER_DAY: String(LIMIT) } });
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

/** The red-team's slice: one region, one violation type, single totals over month windows. */
const slice = (from: string, to: string, order: 'as-asked' | 'reversed' = 'as-asked') => {
  const filter = { countries: ['NO', 'SE'], regions: ['NO-03', 'SE-AB'], violations: ['POLICE_ABUSE'] };
  if (order === 'reversed') return { to, from, filter: { violations: ['POLICE_ABUSE'], regions: ['SE-AB', 'NO-03'], countries: ['SE', 'NO'] }, groupBy: [] };
  return { groupBy: [], from, to, filter };
};

/**
 * The organisation's budget of distinct trend queries per UTC day (TREND_QUERIES_PER_DAY, here 3)
 * over real HTTP against two built API processes sharing one database: distinct queries are
 * counted, repeats (values reordered) are free, the fourth is refused with RATE_LIMITED /
 * TREND_QUERIES and leaves no trace in the budget, the CSV export spends the same budget, other
 * organisations are not touched, the keys of one organisation share it (a query one asked is free
 * for the others), concurrent new queries never pass the limit, and trends:audit lists the
 * normalised queries by key and by organisation.
 */
describe('budget of distinct trend queries per organisation and day', () => {
  let db: DataSource;
  let api: RunningProcess & { url: string };
  let replica: RunningProcess & { url: string };
  const researchers: { key: string; keyId: string; orgId: string }[] = [];

  beforeAll(async () => {
    db = await openDatabase();
    for (let i = 0; i < 4; i++) researchers.push(await orgWithKey(db, ['analytics:read'], `University ${i}`));
    [api, replica] = await Promise.all([startApi({ TREND_QUERIES_PER_DAY: String(LIMIT) }), startApi({ TREND_QUERIES_PER_DAY: String(LIMIT) })]);
  });

  afterAll(async () => {
    await api?.stop();
    await replica?.stop();
    await db?.destroy();
  });

  const trends = (q: Record<string, unknown>, key: string, url = api.url) => gql<{ trends: { cells: unknown[] } }>(url, TRENDS, { q }, bearer(key));
  const csv = (q: Record<string, unknown>, key: string) =>
    fetch(`${api.url}/exports/trends.csv?query=${encodeURIComponent(JSON.stringify(q))}`, { headers: bearer(key) });
  const logged = async (keyId: string) =>
    (await db.query(`SELECT query, times FROM trend_query_log WHERE key_id = $1 ORDER BY first_at_minute, query::text`, [keyId])) as {
      query: Record<string, unknown>;
      times: number;
    }[];

  it('answers three distinct queries and their repeats, refuses a fourth without recording it, and leaves other keys alone', async () => {
    const [a, other] = [researchers[0]!, researchers[1]!];
    const windows = [['2019-01', '2024-05'], ['2019-01', '2024-04'], ['2019-02', '2024-05']] as const;
    for (const [from, to] of windows) expect((await trends(slice(from, to), a.key)).errors).toBeUndefined();
    // The same three again, values and keys reordered, one of them on the other API process: free.
    for (const [i, [from, to]] of windows.entries()) {
      expect((await trends(slice(from, to, 'reversed'), a.key, i === 0 ? replica.url : api.url)).errors).toBeUndefined();
    }
    expect((await logged(a.keyId)).map((r) => r.times)).toEqual([2, 2, 2]);

    const refused = await trends(slice('2019-02', '2024-04'), a.key);
    expect(refused.data).toBeNull();
    expect(refused.errors).toHaveLength(1);
    const extensions = refused.errors![0]!.extensions!;
    expect(extensions).toMatchObject({ code: 'RATE_LIMITED', scope: 'TREND_QUERIES', limit: LIMIT, cost: 1, windowSeconds: 86400, remaining: 0 });
    const midnight = new Date();
    midnight.setUTCHours(24, 0, 0, 0);
    expect(extensions.resetsAt).toBe(midnight.toISOString());
    expect(extensions.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(extensions.retryAfterSeconds).toBeLessThanOrEqual(Math.ceil((midnight.getTime() - Date.now()) / 1000) + 1);
    // Nothing recorded for the refused query: still the three, each asked twice.
    const rows = await logged(a.keyId);
    expect(rows).toHaveLength(LIMIT);
    expect(rows.map((r) => r.times)).toEqual([2, 2, 2]);
    expect(rows.some((r) => r.query.from === '2019-02' && r.query.to === '2024-04')).toBe(false);
    // A repeat is still answered once the budget is spent; another key is not affected.
    expect((await trends(slice('2019-01', '2024-05'), a.key)).errors).toBeUndefined();
    expect((await trends(slice('2019-02', '2024-04'), other.key)).errors).toBeUndefined();
    // The refusal is in the audit log, as every refusal is.
    const audit = (await db.query(`SELECT outcome FROM audit_log WHERE actor = $1 AND operation = 'trends' AND outcome <> 'OK'`, [a.keyId])) as { outcome: string }[];
    expect(audit.map((r) => r.outcome)).toEqual(['RATE_LIMITED']);
  });

  it('counts the CSV export in the same budget: a repeat of a GraphQL query is free, a new one spends it', async () => {
    const b = researchers[2]!;
    expect((await trends(slice('2020-01', '2024-05'), b.key)).errors).toBeUndefined();
    expect((await trends({ groupBy: ['COUNTRY'], filter: { countries: ['SE', 'NO'] } }, b.key)).errors).toBeUndefined();
    const repeat = await csv(slice('2020-01', '2024-05', 'reversed'), b.key);
    expect(repeat.status).toBe(200);
    expect(await repeat.text()).toContain('count,suppressed');
    expect((await csv({ groupBy: ['VIOLATION'], interval: 'YEAR', from: '2020-01', to: '2024-12' }, b.key)).status).toBe(200); // the third
    const refused = await csv({ groupBy: ['VIOLATION'], interval: 'YEAR', from: '2021-01', to: '2024-12' }, b.key);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('content-disposition')).toBeNull(); // a JSON refusal, not a trends.csv download
    const body = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', scope: 'TREND_QUERIES', limit: LIMIT });
    // And the GraphQL query after it too.
    expect((await trends({ groupBy: ['LEGAL_MODEL'] }, b.key)).errors?.[0]?.extensions?.scope).toBe('TREND_QUERIES');
    const rows = await logged(b.keyId);
    expect(rows).toHaveLength(LIMIT);
    expect(rows.find((r) => r.query.from === '2020-01' && r.query.to === '2024-05')?.times).toBe(2);
  });

  it('never lets concurrent new queries of one organisation past the limit, across two of its keys and two API processes', async () => {
    const c = researchers[3]!;
    const c2 = await issueKey(db, c.orgId, ['analytics:read']);
    // One asked already: two left. Twenty-four distinct queries at once, alternating between the processes
    // and between the organisation's two keys, plus the one already asked (free whatever happens).
    expect((await trends(slice('2018-01', '2024-05'), c.key)).errors).toBeUndefined();
    const months = Array.from({ length: 24 }, (_, i) => `${2000 + i}-01`); // twenty-four different windows
    const answers = await Promise.all([
      ...months.map((from, i) =>
        trends({ ...slice(from, '2024-06'), groupBy: i % 2 ? [] : ['REGION'] }, i % 3 ? c.key : c2.key, i % 2 ? api.url : replica.url),
      ),
      trends(slice('2018-01', '2024-05', 'reversed'), c.key, replica.url),
    ]);
    const repeat = answers.pop()!;
    expect(repeat.errors).toBeUndefined();
    const ok = answers.filter((r) => !r.errors);
    const refused = answers.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    expect(ok).toHaveLength(LIMIT - 1);
    expect(refused).toHaveLength(answers.length - (LIMIT - 1));
    expect(refused.every((r) => r.errors![0]!.extensions!.scope === 'TREND_QUERIES')).toBe(true);
    expect((await logged(c.keyId)).length + (await logged(c2.keyId)).length).toBe(LIMIT);
  });

  it("shares the budget among an organisation's keys: a question one key asked is free for another, a new one is refused", async () => {
    const first = await orgWithKey(db, ['analytics:read'], 'University 6');
    const second = await issueKey(db, first.orgId, ['analytics:read']);
    const windows = [['2019-01', '2024-05'], ['2019-01', '2024-04'], ['2019-02', '2024-05']] as const;
    // Two distinct queries by the first key, the third by the second: the organisation's three.
    expect((await trends(slice(...windows[0]), first.key)).errors).toBeUndefined();
    expect((await trends(slice(...windows[1]), first.key)).errors).toBeUndefined();
    expect((await trends(slice(...windows[2]), second.key, replica.url)).errors).toBeUndefined();
    // A fourth question is refused to either key, over GraphQL and as a CSV export.
    expect((await trends(slice('2019-02', '2024-04'), second.key)).errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', scope: 'TREND_QUERIES' });
    expect((await trends(slice('2019-02', '2024-04'), first.key, replica.url)).errors?.[0]?.extensions?.scope).toBe('TREND_QUERIES');
    expect((await csv({ groupBy: ['COUNTRY'] }, second.key)).status).toBe(429);
    // A question the other key asked is the same draw: answered, and recorded for the key that asked it.
    expect((await trends(slice(...windows[0], 'reversed'), second.key)).errors).toBeUndefined();
    expect((await logged(second.keyId)).map((r) => `${r.query.from}..${r.query.to}`).sort()).toEqual(['2019-01..2024-05', '2019-02..2024-05']);
    expect(await logged(first.keyId)).toHaveLength(2);

    // trends:audit --org: every key's rows, the day's distinct questions counted once (three, not four).
    const listed = (await cli(['trends:audit', '--org', first.orgId])) as {
      organisation: string;
      days: { day: string; distinct: number; asked: number }[];
      queries: { keyId: string }[];
    };
    expect(listed.organisation).toBe(first.orgId);
    expect(listed.days).toEqual([{ day: new Date().toISOString().slice(0, 10), distinct: 3, asked: 4 }]);
    expect(listed.queries.map((q) => q.keyId).sort()).toEqual([first.keyId, first.keyId, second.keyId, second.keyId].sort());
    await expect(cli(['trends:audit', '--org', first.orgId, '--key', first.keyId])).rejects.toThrow();
  });

  it('lists a key\'s normalised queries with trends:audit, and the purge job drops them after AUDIT_RETENTION_DAYS', async () => {
    const a = researchers[0]!;
    const listed = (await cli(['trends:audit', '--key', a.keyId])) as {
      key: string;
      days: { day: string; distinct: number; asked: number }[];
      queries: { day: string; keyId: string; firstAt: string; times: number; fingerprint: string; query: Record<string, unknown> }[];
    };
    const today = new Date().toISOString().slice(0, 10);
    expect(listed.key).toBe(a.keyId);
    expect(listed.days).toEqual([{ day: today, distinct: 3, asked: 7 }]);
    expect(listed.queries).toHaveLength(3);
    for (const q of listed.queries) {
      expect(q).toMatchObject({ keyId: a.keyId });
      expect(q.firstAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/);
      expect(q.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      // Normalised: values as sorted sets, whichever order they were sent in.
      expect(q.query).toMatchObject({
        groupBy: [],
        interval: null,
        filter: { countries: ['NO', 'SE'], regions: ['NO-03', 'SE-AB'], violations: ['POLICE_ABUSE'] },
      });
    }
    expect(listed.queries.map((q) => `${q.query.from}..${q.query.to}`).sort()).toEqual(['2019-01..2024-04', '2019-01..2024-05', '2019-02..2024-05']);
    expect(((await cli(['trends:audit', '--key', a.keyId, '--since', '2999-01-01'])) as { queries: unknown[] }).queries).toEqual([]);
    await expect(cli(['trends:audit', '--key', 'not-a-key'])).rejects.toThrow();

    // A day older than AUDIT_RETENTION_DAYS (365 by default) goes with the purge; today's rows stay.
    await db.query(
      `INSERT INTO trend_query_log (key_id, day, fingerprint, query) VALUES ($1, (now() AT TIME ZONE 'UTC')::date - 400, $2, '{"groupBy":[]}')`,
      [a.keyId, Buffer.alloc(32, 7)],
    );
    const purged = (await cli(['retention:run'])) as { purged: { trendQueries: number } };
    expect(purged.purged.trendQueries).toBe(1);
    expect(await logged(a.keyId)).toHaveLength(3);
  });

  it("charges the CSV export to the key's per-minute budget as GraphQL trends is charged (5 points)", async () => {
    // 12 points a minute: two exports of 5 leave 2, so the third is refused (repeating one query costs no slot of the daily budget).
    const small = await startApi({ RATE_LIMIT_POINTS_PER_MINUTE: '12' });
    try {
      const { key } = await orgWithKey(db, ['analytics:read'], 'University 5');
      const q = { groupBy: ['COUNTRY'] };
      const exportOnce = () => fetch(`${small.url}/exports/trends.csv?query=${encodeURIComponent(JSON.stringify(q))}`, { headers: bearer(key) });
      expect((await exportOnce()).status).toBe(200);
      expect((await exportOnce()).status).toBe(200);
      const third = await exportOnce();
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).not.toBeNull();
      expect(JSON.parse(await third.text())).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED', scope: 'API_KEY', cost: 5 } }] });
    } finally {
      await small.stop();
    }
  });
});
