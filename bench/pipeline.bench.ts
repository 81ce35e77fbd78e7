/**
 * `npm run bench` — intake, bulk import and pipeline throughput, end to end,
 * on the real services of this machine (PostgreSQL 127.0.0.1:5432, Redis
 * 127.0.0.1:6379). It uses its own database and queue prefix (dropped
 * afterwards), runs the BUILT processes (a private copy of dist/), drives
 * them from separate processes (autocannon, a steady-rate submitter, the
 * import CLI), and writes the figures into BENCHMARKS.md, section `pipeline`.
 * Bounded: each phase has a fixed duration or a deadline; everything stops
 * by itself. Traffic goes only to 127.0.0.1.
 */
import { ChildProcess, execFileSync, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { ApiKeyService } from '../src/access/api-key.service';
import { API_NODE_FLAGS } from '../src/api-runtime';
import { buildAppConfig } from '../src/config/app-config';
import { validateEnvironment } from '../src/config/environment';
import { dataSourceOptions } from '../src/database/data-source-options';
import { migrate } from '../src/database/migrate';
import { REPORT_QUEUE, REPORT_QUEUE_OPTIONS } from '../src/queue/job-catalogue';
import { redisOptions } from '../src/queue/redis-options';
import { categorise } from '../src/categorisation';
import { deidentify } from '../src/deidentification';
import { narrative } from './pipeline/narratives';
import { machineLine, writeBenchmarkSection } from './write-section';

const ROOT = join(__dirname, '..');
const PG_BASE = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CONNECTIONS = 50;
const AUTOCANNON_SECONDS = Number(process.env.BENCH_AUTOCANNON_SECONDS ?? 10);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const PIPELINE_WARMUP_S = 10;
const PIPELINE_WINDOW_S = Number(process.env.BENCH_PIPELINE_SECONDS ?? 30);
const STEADY_RATE = 200;
const STEADY_SECONDS = 20;
const HARD_LIMIT_MS = 15 * 60_000;

const suffix = `${process.pid}_${randomBytes(3).toString('hex')}`;
const env: Record<string, string> = {
  NODE_ENV: 'production',
  // Only the settings below: a developer's .env must not change what is measured.
  ENV_FILE: '',
  DATABASE_URL: `${PG_BASE}/rr_bench_${suffix}`,
  REDIS_URL,
  QUEUE_PREFIX: `rrbench_${suffix}`,
  ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  HMAC_KEY: randomBytes(32).toString('base64'),
  LOG_LEVEL: 'info',
  // The per-key rate limit (when present) would cap the load generator, not measure the service.
  RATE_LIMIT_POINTS_PER_MINUTE: '100000000',
  // The sweeper must not re-enqueue the deliberate backlog while it waits.
  SWEEPER_STALE_AFTER_MS: '3600000',
  // The worker drains the rollup journal as it goes (every ROLLUP_DRAIN_INTERVAL_MS), as in the runs before
  // daily publication: the default (daily) defers that work to the day's first drain, which would flatter the figures.
  TRENDS_PUBLISHED: 'immediately',
};
const children = new Set<ChildProcess>();
const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

// ---------------------------------------------------------------- processes

interface Proc {
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** A built process of the service (`dist/<entry>`) with the bench's environment. */
function start(dist: string, entry: string, extra: Record<string, string> = {}): Proc {
  // The API runs with the flags it is deployed with (src/api-runtime.ts).
  // BENCH_API_FLAGS: extra node flags for the API only (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
  const flags = entry === 'main.js' ? [...API_NODE_FLAGS, ...(process.env.BENCH_API_FLAGS ?? '').split(' ').filter(Boolean)] : [];
  return launch([...flags, join(dist, entry)], { ...process.env, ...env, ...extra });
}

/** A Node process the bench stops at the end (or on failure), with the tail of its output kept. */
function launch(args: string[], childEnv: NodeJS.ProcessEnv): Proc {
  const chunks: Buffer[] = [];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  // Keep only the tail of the logs (they are JSON lines with ids, no content).
  const keep = (c: Buffer): void => {
    chunks.push(c);
    if (chunks.length > 200) chunks.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return {
    child,
    output: () => Buffer.concat(chunks).toString('utf8'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          children.delete(child);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await probe()) return;
    } catch {
      // not yet
    }
    await sleep(100);
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Waits for a worker's 'worker ready' log line (engines loaded and warmed, processor registered), then
 * one second more. The steady phase measures a running worker: a fixed three-second sleep, which was
 * enough on a faster machine, let the load start before the worker was up, and its first second of
 * reports, queued meanwhile, made the p95 (the slowest 200 of 4,000).
 */
async function workerReady(worker: Proc): Promise<void> {
  await waitFor('the worker to be ready', async () => worker.output().includes('worker ready'), 60_000);
  await sleep(1000);
}

/** Samples resident memory (VmRSS) and CPU time of processes from /proc. */
class Sampler {
  private timer: NodeJS.Timeout | undefined;
  readonly peakRss = new Map<number, number>();
  private cpuStart = new Map<number, number>();
  private started = 0;

  start(pids: number[]): void {
    this.peakRss.clear();
    this.started = Date.now();
    for (const pid of pids) this.cpuStart.set(pid, cpuSeconds(pid));
    this.timer = setInterval(() => {
      for (const pid of pids) this.peakRss.set(pid, Math.max(this.peakRss.get(pid) ?? 0, rssMb(pid)));
    }, 250);
  }

  /** Peak RSS (MB) and CPU use (cores) per pid since start. */
  stop(): Map<number, { rssMb: number; cores: number }> {
    if (this.timer) clearInterval(this.timer);
    const seconds = (Date.now() - this.started) / 1000;
    const out = new Map<number, { rssMb: number; cores: number }>();
    for (const [pid, cpu0] of this.cpuStart) {
      out.set(pid, { rssMb: this.peakRss.get(pid) ?? 0, cores: (cpuSeconds(pid) - cpu0) / seconds });
    }
    this.cpuStart.clear();
    return out;
  }
}

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return 0;
  }
}

/** CPU seconds used so far by every process whose command is `comm` (PostgreSQL's backends, Redis). */
function commCpuSeconds(comm: string): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const open = stat.indexOf('(');
      const close = stat.lastIndexOf(')');
      if (stat.slice(open + 1, close) !== comm) continue;
      const fields = stat.slice(close + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // the process ended between readdir and read
    }
  }
  return total;
}

/** CPU of PostgreSQL and Redis (all their processes) over an interval, in cores. */
function serviceCpu(): () => { postgres: number; redis: number } {
  const t0 = Date.now();
  const pg0 = commCpuSeconds('postgres');
  const redis0 = commCpuSeconds('redis-server');
  return () => {
    const seconds = (Date.now() - t0) / 1000;
    return { postgres: (commCpuSeconds('postgres') - pg0) / seconds, redis: (commCpuSeconds('redis-server') - redis0) / seconds };
  };
}

/** Machine-wide CPU counters from /proc/stat (all processes: ours, PostgreSQL, Redis and anything else). */
function machineTicks(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  return { busy: total - fields[3]! - (fields[4] ?? 0), total };
}

/** Busy cores of the whole machine between two readings. */
function busyCores(from: { busy: number; total: number }): number {
  const to = machineTicks();
  return ((to.busy - from.busy) / Math.max(1, to.total - from.total)) * cpus().length;
}

// ---------------------------------------------------------------- load

interface Cannon {
  rps: number;
  p50: number;
  p99: number;
  total2xx: number;
  non2xx: number;
  errors: number;
}

async function autocannon(url: string, body: string, headers: Record<string, string>, seconds: number): Promise<Cannon> {
  const args = [join(ROOT, 'node_modules', 'autocannon', 'autocannon.js'), '-c', String(CONNECTIONS), '-d', String(seconds), '-m', 'POST', '-j'];
  for (const [k, v] of Object.entries({ 'content-type': 'application/json', ...headers })) args.push('-H', `${k}=${v}`);
  args.push('-b', body, `${url}/graphql`);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
  children.add(child);
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  await new Promise((resolve) => child.once('exit', resolve));
  children.delete(child);
  const r = JSON.parse(out) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    '2xx': number;
    non2xx: number;
    errors: number;
  };
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total2xx: r['2xx'], non2xx: r.non2xx, errors: r.errors };
}

const perRequestMs = (cores: number, rps: number): string => `${((cores * 1000) / rps).toFixed(2)} ms`;

interface BareStack {
  ping: Cannon;
  insert: Cannon;
  cores: { ping: number; insert: number };
}

/**
 * The same load against the stack with nothing of ours on it (bench/pipeline/bare-server.ts):
 * `{ping}` and a mutation doing one plain INSERT of the same report, in their own process.
 */
async function bareStack(databaseUrl: string, submitInput: unknown, seconds: number, warm: boolean): Promise<BareStack> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const bare = launch(['-r', 'ts-node/register/transpile-only', join(__dirname, 'pipeline', 'bare-server.ts'), String(port), databaseUrl], {
    ...process.env,
    NODE_ENV: 'production',
    TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
  });
  const pid = bare.child.pid!;
  try {
    await waitFor('the bare server', async () => bare.output().includes('ready'), 60_000).catch((error: Error) => {
      log(bare.output().slice(-3000));
      throw error;
    });
    const pingBody = JSON.stringify({ query: '{ping}' });
    const insertBody = JSON.stringify({ query: 'mutation($in: BareReportInput!){ submitBare(input:$in) }', variables: { in: submitInput } });
    if (warm) {
      await autocannon(url, pingBody, {}, 3);
      await autocannon(url, insertBody, {}, 3);
    }
    const sampler = new Sampler();
    sampler.start([pid]);
    const ping = await autocannon(url, pingBody, {}, seconds);
    const pingCores = sampler.stop().get(pid)!.cores;
    sampler.start([pid]);
    const insert = await autocannon(url, insertBody, {}, seconds);
    const insertCores = sampler.stop().get(pid)!.cores;
    if (ping.non2xx + ping.errors + insert.non2xx + insert.errors > 0) throw new Error('the bare server failed requests');
    return { ping, insert, cores: { ping: pingCores, insert: insertCores } };
  } finally {
    await bare.stop();
  }
}

interface Steady {
  latencies: number[];
  answerMs: number[];
  /** When each answered request was sent (ms since epoch), in the order of answerMs. */
  answerSentAt: number[];
  sent: number;
  failed: number;
  unfinished: number;
}

/** Submits at a steady rate from a child process and watches each report reach PROCESSED. */
async function steadyLoad(url: string, key: string, db: DataSource): Promise<Steady> {
  const child = fork(join(__dirname, 'pipeline', 'steady-load.ts'), [url, key, String(STEADY_RATE), String(STEADY_SECONDS)], {
    execArgv: ['-r', 'ts-node/register/transpile-only'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.add(child);
  const pending = new Map<string, number>();
  const latencies: number[] = [];
  const answerMs: number[] = [];
  const answerSentAt: number[] = [];
  let failed = 0;
  let sent = 0;
  let done = false;
  child.on('message', (m: { id?: string; sentAt?: number; answeredAt?: number; failed?: boolean; done?: boolean }) => {
    if (m.done) done = true;
    else if (m.failed) failed++;
    else if (m.id) {
      sent++;
      pending.set(m.id, m.sentAt!);
      answerMs.push(m.answeredAt! - m.sentAt!);
      answerSentAt.push(m.sentAt!);
    }
  });
  child.once('exit', () => {
    done = true;
    children.delete(child);
  });
  const deadline = Date.now() + (STEADY_SECONDS + 30) * 1000;
  while (Date.now() < deadline && (!done || pending.size > 0)) {
    await sleep(50);
    if (pending.size === 0) continue;
    const rows: { id: string }[] = await db.query(`SELECT id FROM report WHERE id = ANY($1::uuid[]) AND status = 'PROCESSED'`, [[...pending.keys()]]);
    const now = Date.now();
    for (const { id } of rows) {
      latencies.push(now - pending.get(id)!);
      pending.delete(id);
    }
  }
  child.kill();
  return { latencies, answerMs, answerSentAt, sent, failed, unfinished: pending.size };
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

// ---------------------------------------------------------------- phases

async function writeCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  out.write('narrative,country,region,date,violations,perpetrators,work_setting,reported_to_police,case_reference\n');
  const regions = ['', 'NO-03', 'NO-46', 'NO-50'];
  for (let i = 0; i < rows; i++) {
    const line = `${quote(narrative(i))},NO,${regions[i % 4]},2024-${String(1 + (i % 12)).padStart(2, '0')},${i % 3 ? 'EXTORTION;POLICE_ABUSE' : ''},${i % 3 ? 'POLICE' : ''},STREET,NO,CASE-${i}\n`;
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

async function processedCount(db: DataSource): Promise<number> {
  const [r] = (await db.query(`SELECT count(*)::int AS n FROM report WHERE status = 'PROCESSED'`)) as { n: number }[];
  return r!.n;
}

/** Starts `n` workers on the backlog, waits out the warm-up, and counts PROCESSED over a fixed window. */
async function pipelineThroughput(
  dist: string,
  db: DataSource,
  n: number,
  sampler: Sampler,
): Promise<{ rate: number; rss: number[]; cores: number[]; machineCores: number; services: { postgres: number; redis: number } }> {
  const workers = Array.from({ length: n }, () => start(dist, 'worker.js'));
  await sleep(PIPELINE_WARMUP_S * 1000);
  const before = await processedCount(db);
  const t0 = Date.now();
  const m0 = machineTicks();
  const services = serviceCpu();
  sampler.start(workers.map((w) => w.child.pid!));
  await sleep(PIPELINE_WINDOW_S * 1000);
  const after = await processedCount(db);
  const seconds = (Date.now() - t0) / 1000;
  const machineCores = busyCores(m0);
  const serviceCores = services();
  const stats = sampler.stop();
  await Promise.all(workers.map((w) => w.stop()));
  const failed = workers.some((w) => w.child.exitCode !== 0 && w.child.signalCode === null);
  if (failed) log(`a worker exited with an error:\n${workers.map((w) => w.output().slice(-2000)).join('\n')}`);
  return {
    rate: (after - before) / seconds,
    rss: workers.map((w) => stats.get(w.child.pid!)?.rssMb ?? 0),
    cores: workers.map((w) => stats.get(w.child.pid!)?.cores ?? 0),
    machineCores,
    services: serviceCores,
  };
}

/** CPU time of the two engines per report, in this process, on the bench's narratives (after a warm-up). */
function engineCost(): { deidMs: number; catMs: number } {
  const texts = Array.from({ length: 300 }, (_, i) => narrative(5_000_000 + i));
  // warm-up: every narrative once, so that the timed pass runs optimised code (30 were not enough)
  for (let round = 0; round < 2; round++) for (const t of texts) categorise({ text: deidentify(t, { country: 'NO', language: null }).text, language: null, submitted: {} });
  const cpu = (): number => process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000;
  let t0 = cpu();
  const outs = texts.map((t) => deidentify(t, { country: 'NO', language: null }));
  const deidMs = (cpu() - t0) / texts.length;
  t0 = cpu();
  for (const o of outs) categorise({ text: o.text, language: o.language, submitted: {} });
  return { deidMs, catMs: (cpu() - t0) / texts.length };
}

/** Runs the import CLI as its own process; returns its stdout, wall time and CPU use. */
async function runImport(dist: string, orgId: string, csv: string): Promise<{ out: string; wall: number; cliCores: number; machineCores: number }> {
  const started = Date.now();
  const m0 = machineTicks();
  const child = spawn(process.execPath, [join(dist, 'cli', 'cli.js'), 'import', '--org', orgId, csv, '--json'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.add(child);
  let out = '';
  let cpu = 0;
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const poll = setInterval(() => (cpu = Math.max(cpu, cpuSeconds(child.pid!))), 200);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(poll);
  children.delete(child);
  if (code !== 0) throw new Error(`import exited with ${code}`);
  const wall = (Date.now() - started) / 1000;
  return { out, wall, cliCores: cpu / wall, machineCores: busyCores(m0) };
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const began = Date.now();
  const hardStop = setTimeout(() => {
    log('hard time limit reached; stopping');
    for (const c of children) c.kill('SIGKILL');
    process.exit(2);
  }, HARD_LIMIT_MS);
  hardStop.unref();

  const loadAtStart = loadavg()[0]!;
  const work = mkdtempSync(join(tmpdir(), 'rr-bench-'));
  const dist = join(ROOT, '.test-dist', `bench_${suffix}`);
  const config = buildAppConfig(validateEnvironment(env));
  let db: DataSource | undefined;
  const queue = new Queue(REPORT_QUEUE, { ...REPORT_QUEUE_OPTIONS, prefix: env.QUEUE_PREFIX, connection: redisOptions(REDIS_URL) });
  const results: string[] = [];
  try {
    log('building dist/ (under the test lock) and taking a private copy');
    const build = process.env.BENCH_SKIP_BUILD === '1' ? 'true' : 'npm run build --silent';
    execFileSync('flock', [join(ROOT, '.test-dist', '.lock'), 'sh', '-c', `${build} && rm -rf '${dist}' && cp -r dist '${dist}'`], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await migrate(env.DATABASE_URL!);
    db = new DataSource(dataSourceOptions(env.DATABASE_URL!, 4));
    await db.initialize();
    const keys = new ApiKeyService(db, config);
    const org = await keys.createOrganisation('Bench NGO');
    const { key } = await keys.issue(org.id, ['reports:write', 'reports:read']);

    // 1. Intake ceiling: {__typename} and submitReport on the same API process, 50 connections.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const api = start(dist, 'main.js', { PORT: String(port) });
    await waitFor('API readiness', async () => (await fetch(`${url}/health/ready`)).ok, 60_000).catch((error: Error) => {
      log(api.output().slice(-3000));
      throw error;
    });
    const submitInput = { narrative: narrative(42), countryCode: 'NO', regionCode: 'NO-03', occurredOn: '2024-06', violations: ['EXTORTION'] };
    const submitBody = JSON.stringify({
      query: 'mutation($in: SubmitReportInput!){ submitReport(input:$in){ receipt { id status statusToken } } }',
      variables: { in: submitInput },
    });
    const probe = (await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: submitBody })).json()) as {
      errors?: unknown;
    };
    if (probe.errors) throw new Error('submitReport refused the bench input');
    const auth = { authorization: `Bearer ${key}` };
    const typenameBody = JSON.stringify({ query: '{__typename}' });
    // BENCH_ONLY=pipeline or steady skips the intake measurements (the API still serves the steady phase).
    const intakeWanted = process.env.BENCH_ONLY !== 'pipeline' && process.env.BENCH_ONLY !== 'steady';
    const cannonSeconds = intakeWanted ? AUTOCANNON_SECONDS : 1;
    if (intakeWanted) {
      log('warming up');
      await autocannon(url, typenameBody, {}, 3);
      await autocannon(url, submitBody, auth, 3);
    }
    const sampler = new Sampler();
    log('{__typename} at 50 connections');
    sampler.start([api.child.pid!]);
    const ceiling = await autocannon(url, typenameBody, {}, cannonSeconds);
    const ceilingStats = sampler.stop().get(api.child.pid!)!;
    log('submitReport at 50 connections');
    const [beforeSubmit] = (await db.query('SELECT count(*)::int AS n FROM report')) as { n: number }[];
    const m0 = machineTicks();
    sampler.start([api.child.pid!]);
    const submit = await autocannon(url, submitBody, auth, cannonSeconds);
    const submitStats = sampler.stop().get(api.child.pid!)!;
    const machineSubmit = busyCores(m0);
    const [afterSubmit] = (await db.query('SELECT count(*)::int AS n FROM report')) as { n: number }[];
    const stored = afterSubmit!.n - beforeSubmit!.n;
    let bare: BareStack | undefined;
    if (intakeWanted) {
      log('the bare stack (Nest + Apollo on Fastify, one plain INSERT) at 50 connections');
      bare = await bareStack(env.DATABASE_URL!, submitInput, cannonSeconds, true);
    }
    if (process.env.BENCH_ONLY === 'intake') {
      // A quick look at the intake alone (for profiling); BENCHMARKS.md is left alone.
      await api.stop();
      process.stdout.write(
        `{__typename} ${Math.round(ceiling.rps)} req/s p99 ${ceiling.p99} ms (API ${ceilingStats.cores.toFixed(2)} cores); ` +
          `submitReport ${Math.round(submit.rps)} req/s p50 ${submit.p50} p99 ${submit.p99} ms (API ${submitStats.cores.toFixed(2)} cores, machine ${machineSubmit.toFixed(2)}); ` +
          `ratio ${(submit.rps / ceiling.rps).toFixed(3)}; stored ${stored} of ${submit.total2xx}; ` +
          `bare {ping} ${Math.round(bare!.ping.rps)} req/s p99 ${bare!.ping.p99} ms, bare INSERT ${Math.round(bare!.insert.rps)} req/s p50 ${bare!.insert.p50} p99 ${bare!.insert.p99} ms\n`,
      );
      return;
    }

    if (process.env.BENCH_ONLY === 'steady') {
      // The steady phase alone, with the slowest second of answers located in time.
      const worker = start(dist, 'worker.js');
      await workerReady(worker);
      const t0 = Date.now();
      const steady = await steadyLoad(url, key, db);
      await worker.stop();
      await api.stop();
      const worst = new Map<number, number>();
      steady.answerMs.forEach((ms, i) => {
        const second = Math.floor((steady.answerSentAt[i]! - t0) / 1000);
        worst.set(second, Math.max(worst.get(second) ?? 0, ms));
      });
      process.stdout.write(
        `steady ${STEADY_RATE}/s: submit→PROCESSED p50 ${percentile(steady.latencies, 50)} p95 ${percentile(steady.latencies, 95)} ms; ` +
          `answers p50 ${percentile(steady.answerMs, 50)} p99 ${percentile(steady.answerMs, 99)} max ${Math.max(...steady.answerMs)} ms; ` +
          `failed ${steady.failed}, unfinished ${steady.unfinished}\nslowest answer per second of the run: ${[...worst].map(([k, v]) => `${k}:${v}`).join(' ')}\n`,
      );
      return;
    }

    // 2. Bulk import of IMPORT_ROWS reports through the CLI, as a separate process.
    log(`writing a CSV of ${IMPORT_ROWS} rows`);
    const csv = join(work, 'import.csv');
    await writeCsv(csv, IMPORT_ROWS);
    const csvMb = readFileSync(csv).length / 2 ** 20;
    log('importing');
    const importRun = await runImport(dist, org.id, csv);
    const importOut = importRun.out;
    const importWall = importRun.wall;
    const imported = JSON.parse(importOut) as { rows: number; imported: number; refused: number; seconds: number };
    if (imported.imported !== IMPORT_ROWS) throw new Error(`import stored ${imported.imported} of ${IMPORT_ROWS} rows`);

    // 3. Pipeline throughput on the backlog: one worker, then two.
    log('pipeline, one worker');
    const one = await pipelineThroughput(dist, db, 1, sampler);
    log('pipeline, two workers');
    const two = await pipelineThroughput(dist, db, 2, sampler);
    const serviceLine = (r: typeof one): string =>
      `PostgreSQL ${r.services.postgres.toFixed(2)} cores (${((r.services.postgres * 1000) / r.rate).toFixed(2)} ms per report), ` +
      `Redis ${r.services.redis.toFixed(2)} cores (${((r.services.redis * 1000) / r.rate).toFixed(2)} ms per report)`;
    if (process.env.BENCH_ONLY === 'pipeline') {
      await api.stop();
      for (const [label, r] of [['one worker', one], ['two workers', two]] as const) {
        process.stdout.write(
          `${label}: ${Math.round(r.rate)} reports/s; workers ${r.cores.map((c) => c.toFixed(2)).join(' + ')} cores ` +
            `(${((r.cores.reduce((a, b) => a + b, 0) * 1000) / r.rate).toFixed(2)} ms per report); ${serviceLine(r)}; machine ${r.machineCores.toFixed(2)}\n`,
        );
      }
      process.stdout.write(`two / one: ${(two.rate / one.rate).toFixed(2)}\n`);
      return;
    }

    // 4. Latency at a steady 200 reports/s, backlog cleared first.
    log('clearing the backlog');
    await queue.obliterate({ force: true });
    await db.query('DELETE FROM outbox');
    await db.query(`DELETE FROM report WHERE status IN ('RECEIVED', 'PROCESSING')`);
    // Clearing the backlog is the bench's own doing (tens of thousands of deleted rows after a 100k
    // import): vacuum and checkpoint it now, so that the steady phase does not measure the clean-up.
    await db.query('VACUUM ANALYZE report, report_raw, outbox');
    await db.query('CHECKPOINT');
    const worker = start(dist, 'worker.js');
    await workerReady(worker);
    log(`steady ${STEADY_RATE} reports/s for ${STEADY_SECONDS} s`);
    sampler.start([api.child.pid!, worker.child.pid!]);
    const steady = await steadyLoad(url, key, db);
    const steadyStats = sampler.stop();
    await worker.stop();
    await api.stop();

    const engines = engineCost();
    const loadAtEnd = loadavg()[0]!;

    // ------------------------------------------------------------ report
    const ms = (x: number): string => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'n/a');
    const mb = (x: number): string => `${Math.round(x)} MB`;
    const ratio = submit.rps / ceiling.rps;
    const apiRssCannon = Math.max(ceilingStats.rssMb, submitStats.rssMb);
    const apiRssSteady = steadyStats.get(api.child.pid!)?.rssMb ?? 0;
    const apiRssPeak = Math.max(apiRssCannon, apiRssSteady);
    const cpuMsPerReport = (r: { rate: number; cores: number[] }): string =>
      r.rate > 0 ? `${((r.cores.reduce((a, b) => a + b, 0) * 1000) / r.rate).toFixed(1)} ms` : 'n/a';
    const p50 = percentile(steady.latencies, 50);
    const p95 = percentile(steady.latencies, 95);
    const importRate = imported.imported / importWall;
    const met = (ok: boolean): string => (ok ? 'met' : '**not met**');
    results.push(
      `## Intake, bulk import and pipeline (end to end)`,
      ``,
      `Command: \`npm run bench\` (bench/pipeline.bench.ts). Machine: ${machineLine()}. PostgreSQL and Redis local;`,
      `a fresh database and queue prefix, dropped afterwards. The API (\`node dist/main.js\`), the workers`,
      `(\`node dist/worker.js\`), the load generators (autocannon, a steady-rate submitter, the import CLI) and`,
      `PostgreSQL all share the machine's ${cpus().length} cores, so absolute figures are lower than on a split deployment;`,
      `the ratios are measured in the same run. \`NODE_ENV=production\`, \`LOG_LEVEL=info\` (one log line per request), \`TRENDS_PUBLISHED=immediately\` (the rollup journal drained as the reports come, not once a day),`,
      `API key authentication (cached), default pool sizes and worker settings. Narratives are ~1 KB of synthetic`,
      `English or Spanish with names, phone numbers, e-mail addresses, places and dates.`,
      ``,
      `| measurement | result | target | |`,
      `|---|---:|---:|---|`,
      `| \`{__typename}\`, 50 connections, ${AUTOCANNON_SECONDS} s | ${Math.round(ceiling.rps)} req/s, p50 ${ms(ceiling.p50)}, p99 ${ms(ceiling.p99)} | (ceiling) | |`,
      `| \`submitReport\` (1 KB narrative), 50 connections, ${AUTOCANNON_SECONDS} s | ${Math.round(submit.rps)} req/s, p50 ${ms(submit.p50)}, p99 ${ms(submit.p99)} | | |`,
      `| the stack alone (Nest, Apollo on Fastify, nothing of ours): \`{ping}\`, 50 connections | ${Math.round(bare!.ping.rps)} req/s, p50 ${ms(bare!.ping.p50)}, p99 ${ms(bare!.ping.p99)} | (reference) | |`,
      `| the stack alone + one plain prepared INSERT of the same report | ${Math.round(bare!.insert.rps)} req/s, p50 ${ms(bare!.insert.p50)}, p99 ${ms(bare!.insert.p99)} | (reference) | |`,
      `| submitReport / {__typename} throughput | ${ratio.toFixed(2)} | ≥ 0.35 | ${met(ratio >= 0.35)} |`,
      `| submitReport p99 at 50 connections | ${ms(submit.p99)} | ≤ 40 ms | ${met(submit.p99 <= 40)} |`,
      `| bulk import, ${IMPORT_ROWS.toLocaleString('en')} rows (${csvMb.toFixed(0)} MB CSV), CLI wall time incl. start-up | ${Math.round(importRate)} reports/s (${importWall.toFixed(1)} s) | ≥ 3,000/s | ${met(importRate >= 3000)} |`,
      `| pipeline RECEIVED → PROCESSED, one worker, on a backlog | ${Math.round(one.rate)} reports/s | ≥ 500/s | ${met(one.rate >= 500)} |`,
      `| pipeline, two worker processes | ${Math.round(two.rate)} reports/s (${(two.rate / one.rate).toFixed(2)}× one) | ≥ 1.6× | ${met(two.rate / one.rate >= 1.6)} |`,
      `| submit → PROCESSED at a steady ${STEADY_RATE}/s (one worker, ${steady.latencies.length} reports) | p50 ${ms(p50)}, p95 ${ms(p95)} | p95 ≤ 2 s | ${met(p95 <= 2000 && steady.unfinished === 0)} |`,
      `| API resident memory, peak (autocannon; steady load) | ${mb(apiRssCannon)}; ${mb(apiRssSteady)} | ≤ 300 MB | ${met(apiRssPeak <= 300)} |`,
      `| worker resident memory, peak (backlog; steady load) | ${mb(Math.max(...one.rss, ...two.rss))}; ${mb(steadyStats.get(worker.child.pid!)?.rssMb ?? 0)} | | |`,
      ``,
      `Details: submitReport stored ${stored} reports for ${submit.total2xx} 2xx answers (${submit.non2xx} non-2xx, ${submit.errors} errors);`,
      `during it the API used ${submitStats.cores.toFixed(2)} cores, the whole machine ${machineSubmit.toFixed(2)} of ${cpus().length} (during {__typename} the API used ${ceilingStats.cores.toFixed(2)}).`,
      `The stack alone (bench/pipeline/bare-server.ts: no validation, encryption, authentication, request log, query limits,`,
      `security headers or outbox) used ${bare!.cores.ping.toFixed(2)} and ${bare!.cores.insert.toFixed(2)} cores: per request, {__typename} on the API costs`,
      `${perRequestMs(ceilingStats.cores, ceiling.rps)} of API CPU against ${perRequestMs(bare!.cores.ping, bare!.ping.rps)} for the bare {ping}, and submitReport ${perRequestMs(submitStats.cores, submit.rps)} against`,
      `${perRequestMs(bare!.cores.insert, bare!.insert.rps)} for the bare INSERT (submitReport at ${(submit.rps / bare!.insert.rps).toFixed(2)} of the bare INSERT's throughput).`,
      `Import: ${imported.rows} rows, ${imported.imported} imported, ${imported.refused} refused; ${imported.seconds.toFixed(1)} s inside the importer;`,
      `the CLI used ${importRun.cliCores.toFixed(2)} cores (parsing, validation, encryption), the whole machine ${importRun.machineCores.toFixed(2)}.`,
      `Pipeline: measured over ${PIPELINE_WINDOW_S} s after a ${PIPELINE_WARMUP_S} s warm-up, on the import's backlog; worker CPU ${one.cores.map((c) => c.toFixed(2)).join(', ')} cores`,
      `(one), ${two.cores.map((c) => c.toFixed(2)).join(' + ')} cores (two), i.e. ${cpuMsPerReport(one)} and ${cpuMsPerReport(two)} of worker CPU per report;`,
      `the whole machine was busy ${one.machineCores.toFixed(2)} and ${two.machineCores.toFixed(2)} of ${cpus().length} cores; with one worker ${serviceLine(one)}; with two, ${serviceLine(two)}.`,
      `The engines alone, measured in the bench process on the same narratives:`,
      `deidentify() ${engines.deidMs.toFixed(2)} ms and categorise() ${engines.catMs.toFixed(2)} ms of CPU per report, a ceiling of`,
      `${Math.round(1000 / (engines.deidMs + engines.catMs))} reports/s per fully available core before any database or queue work.`,
      `Steady load: ${steady.sent} submitted, ${steady.failed} failed,`,
      `${steady.unfinished} not processed within 30 s; submit answered in p50 ${ms(percentile(steady.answerMs, 50))}, p99 ${ms(percentile(steady.answerMs, 99))};`,
      `PROCESSED observed by polling every 50 ms; before this phase the bench deleted the remaining backlog and ran VACUUM and CHECKPOINT on it. Whole run: ${((Date.now() - began) / 1000).toFixed(0)} s. Machine load average (1 min)`,
      `${loadAtStart.toFixed(1)} at the start and ${loadAtEnd.toFixed(1)} at the end: other work on the machine competes for the same 2 cores.`,
    );
    const markdown = results.join('\n');
    writeBenchmarkSection('pipeline', markdown);
    process.stdout.write(`${markdown}\n`);
  } finally {
    for (const c of children) c.kill('SIGKILL');
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close().catch(() => undefined);
    await db?.destroy().catch(() => undefined);
    const admin = new DataSource({ type: 'postgres', url: `${PG_BASE}/postgres` });
    await admin.initialize();
    // BENCH_KEEP_DB=1 keeps the database for inspection (drop it yourself afterwards).
    if (process.env.BENCH_KEEP_DB === '1') log(`kept database rr_bench_${suffix}`);
    else await admin.query(`DROP DATABASE IF EXISTS "rr_bench_${suffix}" WITH (FORCE)`).catch(() => undefined);
    await admin.destroy();
    rmSync(work, { recursive: true, force: true });
    if (existsSync(dist)) rmSync(dist, { recursive: true, force: true });
    clearTimeout(hardStop);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
