/**
 * Throughput of the disclosure-control engine (protectAnswer) on realistic
 * answer shapes, against a baseline measured in the same run: copying the
 * cells into the output shape without protection. Writes the "disclosure"
 * section of BENCHMARKS.md.  Run: npm run bench:disclosure
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { protectAnswer, type DisclosureOptions, type ProtectedAnswer, type RawCell } from '../src/analytics/disclosure';
import { cellKeyFunction } from '../src/analytics/disclosure/cell-key';
import { VIOLATION_TYPES } from '../src/taxonomy/taxonomy.codes';
import { machineLine, writeBenchmarkSection } from './write-section';

const SECRET = Buffer.alloc(32, 7); // fixed, so the withheld shares are reproducible

/** Deterministic pseudo-random numbers for the synthetic answers (not for the engine). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Poisson draw (Knuth for small means, normal approximation above 30). */
function poisson(mean: number, rand: () => number): number {
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand())));
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rand();
  } while (p > l);
  return k - 1;
}

interface Scenario {
  name: string;
  groupBy: string[];
  cells: RawCell[];
  /** Set for full-grid answers (the values of every dimension), as the trends service passes it. */
  domain?: Record<string, string[]>;
}

/**
 * Cells of a violation x country x month answer with skewed country sizes; `perCell` is the mean count
 * before the skew. With `fullDomain` the answer is the full grid (protectAnswer gets the domain).
 */
function scenario(name: string, dims: { violation?: number; country?: number; period?: number }, perCell: number, seed: number, fullDomain = false): Scenario {
  const rand = lcg(seed);
  const groupBy = Object.keys(dims);
  const axes = groupBy.map((d) => {
    const n = dims[d as keyof typeof dims]!;
    return Array.from({ length: n }, (_, i) =>
      d === 'violation' ? VIOLATION_TYPES[i % VIOLATION_TYPES.length]! : d === 'country' ? `C${String(i).padStart(2, '0')}` : `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
  });
  const weight = (d: string, i: number): number => (d === 'country' ? 3 / (1 + i / 4) : d === 'violation' ? 2 / (1 + i / 3) : 1);
  const cells: RawCell[] = [];
  const walk = (a: number, values: string[], w: number): void => {
    if (a === axes.length) {
      const count = poisson(perCell * w, rand);
      if (count === 0) return;
      const keySum = BigInt(Math.floor(rand() * 2 ** 32)) * BigInt(count); // magnitude only; speed does not depend on it
      cells.push({ dims: Object.fromEntries(groupBy.map((g, i) => [g, values[i]!])), count, keySum });
      return;
    }
    axes[a]!.forEach((v, i) => walk(a + 1, [...values, v], w * weight(groupBy[a]!, i)));
  };
  walk(0, [], 1);
  return { name, groupBy, cells, ...(fullDomain ? { domain: Object.fromEntries(groupBy.map((g, i) => [g, axes[i]!])) } : {}) };
}

function baseline(cells: readonly RawCell[], groupBy: readonly string[]): ProtectedAnswer {
  const out = cells.map((c) => ({ dims: Object.fromEntries(groupBy.map((g) => [g, c.dims[g] ?? null])), count: c.count, suppressed: false }));
  return { cells: out, suppressedCells: 0 };
}

function hashOnly(cells: readonly RawCell[]): number {
  const cellKey = cellKeyFunction(SECRET);
  let x = 0;
  for (const c of cells) x ^= cellKey(c.count, c.keySum);
  return x;
}

interface Timing {
  /** Median wall-clock ms. */
  wall: number;
  /** Median CPU ms of this process (user + system): what the call itself costs on a shared machine. */
  cpu: number;
}

/**
 * Runs the functions in turn, round after round, for at least `minMs`, so that the
 * machine's noise hits all of them alike; returns the median wall and CPU ms of each.
 */
function timeInterleaved(fns: (() => unknown)[], minMs = 1500): Timing[] {
  // Warm-up long enough for the JIT to finish (its compiler threads count as process CPU time).
  const warm = performance.now();
  for (let round = 0; round < 5 || performance.now() - warm < minMs / 3; round++) for (const fn of fns) fn();
  const wall: number[][] = fns.map(() => []);
  const cpu: number[][] = fns.map(() => []);
  const start = performance.now();
  while (performance.now() - start < minMs || wall[0]!.length < 7) {
    fns.forEach((fn, i) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      fn();
      wall[i]!.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu[i]!.push((c.user + c.system) / 1000);
    });
  }
  const median = (r: number[]): number => r.sort((a, b) => a - b)[Math.floor(r.length / 2)]!;
  return fns.map((_, i) => ({ wall: median(wall[i]!), cpu: median(cpu[i]!) }));
}

const scenarios: Scenario[] = [
  // The trends service's violation x country x month answer over 3 years (3,024 cells, full grid).
  scenario('12 violations × 7 countries × 36 months, full domain, mean 6/cell', { violation: 12, country: 7, period: 36 }, 6, 6, true),
  scenario('12 violations × 7 countries × 36 months, full domain, mean 8/cell', { violation: 12, country: 7, period: 36 }, 8, 7, true),
  scenario('12 violations × 40 countries × 36 months, full domain, mean 12/cell', { violation: 12, country: 40, period: 36 }, 12, 1, true),
  scenario('12 violations × 40 countries × 36 months, mean 12/cell', { violation: 12, country: 40, period: 36 }, 12, 1),
  scenario('12 violations × 40 countries × 36 months, sparse (mean 2/cell)', { violation: 12, country: 40, period: 36 }, 2, 2),
  scenario('12 violations × 40 countries, mean 150/cell', { violation: 12, country: 40 }, 150, 3),
  scenario('40 countries × 36 months, mean 40/cell', { country: 40, period: 36 }, 40, 4),
  scenario('36 months, one country, mean 25/month', { period: 36 }, 25, 5),
];

const loadAtStart = loadavg()[0]!.toFixed(1);
const rows: string[] = [];
for (const s of scenarios) {
  const options: DisclosureOptions = { secret: SECRET, ...(s.domain ? { domain: s.domain } : {}) };
  const result = protectAnswer(s.cells, s.groupBy, options);
  const [tBase, tHash, tProtect] = timeInterleaved([
    () => baseline(s.cells, s.groupBy),
    () => hashOnly(s.cells),
    () => protectAnswer(s.cells, s.groupBy, options),
  ]) as [Timing, Timing, Timing];
  // Rates per answer cell and CPU second (with a domain the answer also holds the empty combinations, which are small).
  const answerCells = result.cells.length;
  const rate = (t: Timing): string => Math.round(answerCells / (Math.max(t.cpu, 0.001) / 1000)).toLocaleString('en-US');
  const small = answerCells - s.cells.filter((c) => c.count >= 10).length;
  rows.push(
    `| ${s.name} | ${answerCells.toLocaleString('en-US')} | ${pctOf(small, answerCells)} / ${pctOf(result.suppressedCells, answerCells)} | ${tProtect.cpu.toFixed(1)} | ${tProtect.wall.toFixed(1)} | ${rate(tProtect)} | ${rate(tHash)} | ${rate(tBase)} | ${(tProtect.cpu / Math.max(tBase.cpu, 0.001)).toFixed(1)}× |`,
  );
  console.log(rows[rows.length - 1]);
}

function pctOf(a: number, b: number): string {
  return `${((100 * a) / b).toFixed(0)}%`;
}

writeBenchmarkSection(
  'disclosure',
  `## Disclosure control (\`protectAnswer\`)

Command: \`npm run bench:disclosure\` (bench/disclosure.bench.ts). Machine: ${machineLine()};
1-minute load average ${loadAtStart} when the run started.
Synthetic answers with skewed country and violation sizes (Poisson counts; "mean" is the
mean before the country and violation weights, e.g. 9.9 realised for mean 6 over 7 countries); defaults
(minimum cell size 10, maxNoise 2). "Full domain" answers get \`domain\` (every value of
every dimension), as the trends service passes it, so they answer every combination of the
grid, empty ones included. Median of repeated runs, the three measurements interleaved
round by round so that the machine's noise hits them alike; CPU ms is the process's CPU
time for the call (user + system), which other processes on this shared two-core machine
inflate far less than wall-clock time. "Cells" are the cells of the answer; rates are per
answer cell and CPU second. "Baseline" copies the input cells into the output
shape with no protection; "cell keys only" computes the HMAC cell key of every input cell
and nothing else (protectAnswer itself only needs the keys of cells of at least 10 whose
count is not a multiple of 3). "Small / withheld" are the answer cells below 10 (empty
ones included) and the cells finally withheld (primary, threshold blur and complementary).

| answer | cells | small / withheld | protectAnswer CPU ms | protectAnswer wall ms | protectAnswer cells/s | cell keys only cells/s | baseline cells/s | protect / baseline CPU time |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
`,
);
