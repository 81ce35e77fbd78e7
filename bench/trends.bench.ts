/**
 * npm run bench:trends — trend queries at 1,000,000 seeded reports.
 *
 * Seeds a fresh database through the rollup code the worker uses, then times
 * a fixed set of researcher queries answered by TrendsService (rollups +
 * disclosure control, no HTTP) and the same counts computed by GROUP BY over
 * the report table, in the same run. Writes the BENCHMARKS.md section
 * "trends". REPORTS=200000 npm run bench:trends for a quicker run.
 *
 * Iterating without re-seeding (seeding 1,000,000 reports takes minutes):
 *   KEEP_DB=1 npm run bench:trends   seeds as usual but keeps the database and
 *                                    prints its name (rr_bench_trends_xxxxxx);
 *   DB=rr_bench_trends_xxxxxx npm run bench:trends
 *                                    runs the migrations (so new rollup tables
 *                                    appear), skips seeding and re-uses that
 *                                    database, keeping it. Drop it when done:
 *   psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE rr_bench_trends_xxxxxx WITH (FORCE)'
 * Runs that re-use or keep a database do not write BENCHMARKS.md unless
 * WRITE=1 (the seeding time they would report is not this run's).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CUBOIDS } from '../src/analytics/rollups/cuboids';
import { RollupsService } from '../src/analytics/rollups/rollups.service';
import { seedReports } from '../src/analytics/seed/seeder';
import type { TrendQuery } from '../src/analytics/trends/dto/trend.types';
import { TrendQueryBudgetService } from '../src/analytics/trends/trend-query-budget.service';
import { TrendsService } from '../src/analytics/trends/trends.service';
import { buildAppConfig } from '../src/config/app-config';
import { validateEnvironment } from '../src/config/environment';
import { dataSourceOptions } from '../src/database/data-source-options';
import { migrate } from '../src/database/migrate';
import { machineLine, writeBenchmarkSection } from './write-section';

const REPORTS = Number(process.env.REPORTS ?? 1_000_000);
const RUNS = Number(process.env.RUNS ?? 40);
const WARMUP = Number(process.env.WARMUP ?? 10);
const PG = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';

interface Case {
  name: string;
  query: TrendQuery;
  /** The same counts by GROUP BY over reports (no disclosure control). */
  groupBy: string;
}

const REPORT_MONTH = 'coalesce(r.occurred_month, r.received_month)';
const CASES: Case[] = [
  {
    name: 'violation × country × month, 3 years',
    query: { groupBy: ['VIOLATION', 'COUNTRY'], interval: 'MONTH', from: '2023-01', to: '2025-12' },
    groupBy: `SELECT v, r.country_code, ${REPORT_MONTH} AS m, count(*) FROM report r, unnest(r.violation_types) v
               WHERE r.status = 'PROCESSED' AND NOT r.safeguarding AND ${REPORT_MONTH} BETWEEN '2023-01' AND '2025-12' GROUP BY 1, 2, 3`,
  },
  {
    name: 'violation × country × month, 3 years, street only',
    query: { groupBy: ['VIOLATION', 'COUNTRY'], interval: 'MONTH', from: '2023-01', to: '2025-12', filter: { workSettings: ['STREET'] } },
    groupBy: `SELECT v, r.country_code, ${REPORT_MONTH} AS m, count(*) FROM report r, unnest(r.violation_types) v
               WHERE r.status = 'PROCESSED' AND NOT r.safeguarding AND r.work_setting = 'STREET'
                 AND ${REPORT_MONTH} BETWEEN '2023-01' AND '2025-12' GROUP BY 1, 2, 3`,
  },
  {
    name: 'one country by region and quarter',
    query: { groupBy: ['REGION'], interval: 'QUARTER', from: '2019-01', to: '2025-12', filter: { countries: ['AR'] } },
    groupBy: `SELECT r.region_code, substr(${REPORT_MONTH}, 1, 4), (substr(${REPORT_MONTH}, 6, 2)::int + 2) / 3, count(*) FROM report r
               WHERE r.status = 'PROCESSED' AND NOT r.safeguarding AND r.country_code = 'AR' GROUP BY 1, 2, 3`,
  },
  {
    name: 'legal model × violation by year',
    query: { groupBy: ['LEGAL_MODEL', 'VIOLATION'], interval: 'YEAR', from: '2019-01', to: '2025-12' },
    groupBy: `SELECT r.rollup->>'legalModel', v, substr(${REPORT_MONTH}, 1, 4), count(*) FROM report r, unnest(r.violation_types) v
               WHERE r.status = 'PROCESSED' AND NOT r.safeguarding GROUP BY 1, 2, 3`,
  },
  {
    name: 'perpetrator × country, police abuse only',
    query: { groupBy: ['PERPETRATOR', 'COUNTRY'], filter: { violations: ['POLICE_ABUSE'] } },
    groupBy: `SELECT p->>'type', r.country_code, count(*) FROM report r, jsonb_array_elements(r.perpetrators) p
               WHERE r.status = 'PROCESSED' AND NOT r.safeguarding AND 'POLICE_ABUSE' = ANY(r.violation_types) GROUP BY 1, 2`,
  },
  {
    name: 'all reports by month, 3 years',
    query: { groupBy: [], interval: 'MONTH', from: '2023-01', to: '2025-12' },
    groupBy: `SELECT ${REPORT_MONTH}, count(*) FROM report r WHERE r.status = 'PROCESSED' AND NOT r.safeguarding
               AND ${REPORT_MONTH} BETWEEN '2023-01' AND '2025-12' GROUP BY 1`,
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main(): Promise<void> {
  const reuse = process.env.DB;
  const keep = Boolean(reuse) || process.env.KEEP_DB === '1';
  const write = process.env.WRITE === '1' || !keep;
  const name = reuse ?? `rr_bench_trends_${randomBytes(3).toString('hex')}`;
  if (!/^rr_bench_trends_[0-9a-z_]+$/.test(name)) throw new Error(`DB must be a rr_bench_trends_* database, got ${name}`);
  const url = `${PG}/${name}`;
  const config = buildAppConfig(
    validateEnvironment({
      DATABASE_URL: url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      HMAC_KEY: randomBytes(32).toString('base64'),
      NODE_ENV: 'test',
    }),
  );
  await migrate(url);
  const db = new DataSource(dataSourceOptions(url, 4));
  await db.initialize();
  try {
    let seedSeconds = Number.NaN;
    let loadAtSeed = Number.NaN;
    let reports = REPORTS;
    if (reuse) {
      const counted: { n: string }[] = await db.query('SELECT count(*) AS n FROM report');
      reports = Number(counted[0]!.n);
      process.stderr.write(`re-using ${name} (${reports.toLocaleString('en')} reports)\n`);
    } else {
      if (keep) process.stderr.write(`KEEP_DB=1: database ${name} will be kept\n`);
      process.stderr.write(`seeding ${REPORTS.toLocaleString('en')} reports…\n`);
      loadAtSeed = loadavg()[0]!;
      const seedStart = Date.now();
      await seedReports(db, new RollupsService(db), REPORTS, { seed: 11 });
      seedSeconds = (Date.now() - seedStart) / 1000;
    }
    await db.query('VACUUM ANALYZE');
    const rollupRows: { n: string }[] = await db.query(
      `SELECT ${CUBOIDS.map((cuboid) => `(SELECT count(*) FROM ${cuboid.table})`).join(' + ')} AS n`,
    );
    const trends = new TrendsService(db, config, new RollupsService(db), new TrendQueryBudgetService(db, config));
    const loadAtStart = loadavg()[0]!;
    const lines: string[] = [];
    // The first call of each query shape in this process, in order: it also prepares the
    // statement on its connection and runs code the JIT has not compiled yet. Reported,
    // so that the warm-up below hides no slow start.
    const firsts = new Map<Case, number>();
    for (const c of CASES) firsts.set(c, await time(() => trends.answer(c.query)));
    // Warm-up as in a running API: every query WARMUP times, in turn (compiled code, statements
    // prepared on each pooled connection). Every timed call below still reads the rollups
    // and protects the full grid: nothing caches answers or rollup rows.
    for (let i = 0; i < WARMUP; i++) for (const c of CASES) await trends.answer(c.query);
    for (const c of CASES) {
      const first = firsts.get(c)!;
      const samples: number[] = [];
      let cells = 0;
      let suppressed = 0;
      const cpu: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const cpuStart = process.cpuUsage();
        samples.push(
          await time(async () => {
            const answer = await trends.answer(c.query);
            cells = answer.cells.length;
            suppressed = answer.suppressedCells;
          }),
        );
        const used = process.cpuUsage(cpuStart);
        cpu.push((used.user + used.system) / 1000);
      }
      samples.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      const cpu50 = percentile(cpu, 50);
      const scans: number[] = [];
      for (let i = 0; i < 5; i++) scans.push(await time(() => db.query(c.groupBy)));
      scans.sort((a, b) => a - b);
      const p50 = percentile(samples, 50);
      const p95 = percentile(samples, 95);
      const scan = percentile(scans, 50);
      lines.push(
        `| ${c.name} | ${cells.toLocaleString('en')} | ${suppressed.toLocaleString('en')} | ${first.toFixed(1)} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${cpu50.toFixed(1)} | ${scan.toFixed(0)} | ${(scan / p95).toFixed(0)}× |`,
      );
      process.stderr.write(
        `${c.name} (load ${loadavg()[0]!.toFixed(1)}): first ${first.toFixed(1)} ms, p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, node CPU p50 ${cpu50.toFixed(1)} ms, GROUP BY ${scan.toFixed(0)} ms, ratio ${(scan / p95).toFixed(0)}×\n`,
      );
    }
    if (!write) {
      process.stderr.write(`BENCHMARKS.md not written (re-used or kept database; WRITE=1 to write)\n`);
    } else writeBenchmarkSection(
      'trends',
      `## Trend queries (rollups + disclosure control)

Command: \`npm run bench:trends\` (bench/trends.bench.ts). Machine: ${machineLine()};
1-minute load average ${loadAtStart.toFixed(1)} when the queries started.
${reports.toLocaleString('en')} synthetic reports seeded through the worker's rollup code in ${seedSeconds.toFixed(0)} s
(1-minute load average ${loadAtSeed.toFixed(1)} when seeding started; ${Math.round(reports / seedSeconds).toLocaleString('en')} reports/s; ${Number(rollupRows[0]!.n).toLocaleString('en')} rows in the ${CUBOIDS.length} rollup tables).
Each query: a first call ("first", timed: it also prepares the statement and runs code not yet compiled by
the JIT), then, after ${WARMUP} warm-up rounds of all the queries in turn (as in a running API), ${RUNS} timed runs of \`TrendsService.query\` (one prepared SQL statement over the rollups, an
index-only range scan, then \`protectGrid\` over the full grid; no HTTP, no cache of answers or rollup rows). "GROUP BY over reports" computes the same raw counts from the
report table (median of 5, no disclosure control), in the same run; the ratio is GROUP BY median / trends p95.
"Node CPU" is the benchmark process's CPU time per call (pg row parsing, disclosure control, building the cells;
not PostgreSQL's), which other load on the machine inflates far less than wall-clock time.

| query | cells | withheld | first ms | p50 ms | p95 ms | node CPU p50 ms | GROUP BY over reports ms | ratio |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${lines.join('\n')}`,
    );
  } finally {
    await db.destroy();
    if (keep) {
      process.stderr.write(`kept database ${name} (re-use: DB=${name} npm run bench:trends)\n`);
    } else {
      const admin = new Client({ connectionString: `${PG}/postgres` });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
