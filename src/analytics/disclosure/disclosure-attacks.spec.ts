/**
 * ATTACK tests: a simulated population of reports with random recordKeys, the
 * cells the rollups would hold, and a researcher trying to single out a report.
 * Each attack is run against a deliberately naive publication (exact counts,
 * small cells withheld) where it must SUCCEED, then against protectAnswer where
 * it must FAIL by the stated margin. The measured figures are printed and are
 * quoted in docs/disclosure-control.md.
 */
import { cellKey } from './cell-key';
import { perturbedCount } from './cell-key-perturbation';
import { protectAnswer } from './disclosure-control';
import type { ProtectedAnswer, RawCell } from './disclosure.types';
import {
  derivableSuppressedCells,
  freshNoiseProtect,
  makeReports,
  naiveProtect,
  rollup,
  seededRandom,
  type SimulatedReport,
} from './testing/attack-kit';

const SECRET = Buffer.from('attack-spec-secret-32-bytes-long');
const OPTIONS = { secret: SECRET, minimumCellSize: 10, maxNoise: 2 };
const VIOLATIONS = ['POLICE_ABUSE', 'EXTORTION', 'FORCED_EVICTION', 'DENIAL_OF_HEALTH_CARE'] as const;
const MONTHS = ['2025-01', '2025-02', '2025-03'] as const;

type Protect = (cells: RawCell[], groupBy: string[]) => ProtectedAnswer;
const ours: Protect = (cells, groupBy) => protectAnswer(cells, groupBy, OPTIONS);
const naive: Protect = (cells, groupBy) => naiveProtect(cells, groupBy, 10);

const figures: Record<string, string> = {};
afterAll(() => console.log(`disclosure attack figures:\n${Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`));
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** The published value of the one cell matching `dims` in a query over `reports`, or null. */
function query(protect: Protect, reports: readonly SimulatedReport[], groupBy: string[], dims: Record<string, string>): number | null {
  const answer = protect(rollup(reports, groupBy), groupBy);
  const hit = answer.cells.find((c) => groupBy.every((name) => c.dims[name] === dims[name]));
  return hit?.count ?? null;
}

/**
 * Differencing: two queries whose answers differ by exactly the target report,
 * if it exists (prior 1/2). The attacker's best rule against a consistent method:
 * same contributors give the same value, so "present iff the two values differ"
 * (against naive: iff they differ by exactly 1).
 */
function differencing(protect: Protect, variant: 'month' | 'filter', trials: number, seed: number): { accuracy: number; exactDiff: number; answered: number } {
  const random = seededRandom(seed);
  let correct = 0;
  let exact = 0;
  let presentTrials = 0;
  let answered = 0;
  for (let t = 0; t < trials; t++) {
    const base = makeReports(random, random.int(80, 240), { country: 'KE', violation: VIOLATIONS, month: MONTHS });
    const present = random.uint32() % 2 === 0;
    let before: number | null;
    let after: number | null;
    if (variant === 'month') {
      // Jan-Mar against Jan-Apr; April holds only the target (an EXTORTION report) if any.
      const april = present ? makeReports(random, 1, { country: 'KE', violation: 'EXTORTION', month: '2025-04' }) : [];
      before = query(protect, base, ['violation'], { violation: 'EXTORTION' });
      after = query(protect, [...base, ...april], ['violation'], { violation: 'EXTORTION' });
    } else {
      // Filter violations {POLICE_ABUSE, EXTORTION} against {.., CHILD_INVOLVED}, grouped by country;
      // the target is the one CHILD_INVOLVED report in KE if any.
      const filtered = base.filter((r) => r.dims.violation === 'POLICE_ABUSE' || r.dims.violation === 'EXTORTION');
      const extra = present ? makeReports(random, 1, { country: 'KE', violation: 'CHILD_INVOLVED', month: '2025-02' }) : [];
      before = query(protect, filtered, ['country'], { country: 'KE' });
      after = query(protect, [...filtered, ...extra], ['country'], { country: 'KE' });
    }
    if (before === null || after === null) continue;
    answered++;
    const guess = protect === naive ? after - before === 1 : after !== before;
    if (guess === present) correct++;
    if (present) {
      presentTrials++;
      if (after - before === 1) exact++;
    }
  }
  return { accuracy: correct / answered, exactDiff: exact / presentTrials, answered };
}

describe('attack 1: differencing (one more month, one more filter value)', () => {
  it.each(['month', 'filter'] as const)('the %s variant: succeeds against naive, fails against protectAnswer', (variant) => {
    const trials = 2000;
    const onNaive = differencing(naive, variant, trials, 101);
    const onOurs = differencing(ours, variant, trials, 101);
    figures[`differencing/${variant}: attacker accuracy (chance 50%)`] = `naive ${pct(onNaive.accuracy)}, protected ${pct(onOurs.accuracy)} (n=${onOurs.answered})`;
    figures[`differencing/${variant}: published difference = true difference`] = `naive ${pct(onNaive.exactDiff)}, protected ${pct(onOurs.exactDiff)}`;
    expect(onNaive.accuracy).toBe(1);
    expect(onNaive.exactDiff).toBe(1);
    expect(onOurs.answered).toBeGreaterThan(0.95 * trials);
    // Theory for base 3: the two values coincide with probability 16/27 when the report is
    // present, so the best accuracy is 1 - 8/27 = 70.4%. Bound with room for sampling error.
    expect(onOurs.accuracy).toBeLessThan(0.75);
    expect(onOurs.exactDiff).toBeLessThan(0.05);
  });

  it('documents the known limit: differencing against K distinct base sets adds up', () => {
    // Each base set gives an independent cell key, so the chance that all K pairs coincide
    // when the report is present is (16/27)^K.
    const random = seededRandom(202);
    const K = 5;
    const trials = 600;
    let detected = 0;
    for (let t = 0; t < trials; t++) {
      const target = makeReports(random, 1, { country: 'KE', violation: 'EXTORTION', month: '2025-04' });
      let differs = false;
      for (let k = 0; k < K; k++) {
        const base = makeReports(random, random.int(30, 90), { country: 'KE', violation: 'EXTORTION', month: MONTHS });
        if (query(ours, base, [], {}) !== query(ours, [...base, ...target], [], {})) differs = true;
      }
      if (differs) detected++;
    }
    const rate = detected / trials;
    figures[`differencing with ${K} distinct base sets: presence detected`] = `${pct(rate)} (theory ${pct(1 - (16 / 27) ** K)})`;
    expect(Math.abs(rate - (1 - (16 / 27) ** K))).toBeLessThan(0.05);
  });
});

describe('attack 2: tracker (large group, then large group plus the target)', () => {
  /** Returns the pairs (observed difference, true target size) for `trials` random trackers. */
  function trackerTrials(protect: Protect, trials: number, seed: number): { d: number; size: number; directlySuppressed: boolean }[] {
    const random = seededRandom(seed);
    const out: { d: number; size: number; directlySuppressed: boolean }[] = [];
    for (let t = 0; t < trials; t++) {
      const size = random.int(1, 9);
      // The target: `size` COERCION_OR_TRAFFICKING reports in KE; the tracker: every other report in KE.
      const target = makeReports(random, size, { country: 'KE', violation: 'COERCION_OR_TRAFFICKING', month: 'M' });
      const tracker = makeReports(random, random.int(60, 200), { country: 'KE', violation: VIOLATIONS, month: 'M' });
      const direct = protect(rollup([...tracker, ...target], ['violation']), ['violation']);
      const directlySuppressed = direct.cells.find((c) => c.dims.violation === 'COERCION_OR_TRAFFICKING')!.suppressed;
      const g = query(protect, tracker, [], {});
      const gt = query(protect, [...tracker, ...target], [], {});
      if (g === null || gt === null) continue;
      out.push({ d: gt - g, size, directlySuppressed });
    }
    return out;
  }

  /** The attacker knows the method (not the secret): learns P(size | d) on training trials, then guesses the MAP size. */
  function mapAccuracy(protect: Protect): number {
    const training = trackerTrials(protect, 3000, 303);
    const table = new Map<number, number[]>();
    for (const { d, size } of training) {
      const row = table.get(d) ?? new Array<number>(10).fill(0);
      row[size]! += 1;
      table.set(d, row);
    }
    const guess = (d: number): number => {
      const row = table.get(d);
      return row ? row.indexOf(Math.max(...row)) : Math.min(9, Math.max(1, d));
    };
    const test = trackerTrials(protect, 1500, 404);
    expect(test.every((trial) => trial.directlySuppressed)).toBe(true); // the target cannot be asked for directly
    return test.filter(({ d, size }) => guess(d) === size).length / test.length;
  }

  it('recovers the size of a withheld group exactly against naive, not against protectAnswer', () => {
    const onNaive = mapAccuracy(naive);
    const onOurs = mapAccuracy(ours);
    figures['tracker: exact size (1..9) of a withheld group recovered (chance 11.1%)'] = `naive ${pct(onNaive)}, protected ${pct(onOurs)}`;
    expect(onNaive).toBe(1);
    expect(onOurs).toBeLessThan(0.4);
  });
});

describe('attack 3: complementary (a single small cell plus exact marginals)', () => {
  const REGIONS = ['R1', 'R2', 'R3', 'R4', 'R5'];

  /** The attacker subtracts published cells from an exact line total, on every line through the target with one withheld cell. */
  function attack(answerOf: (cells: RawCell[]) => ProtectedAnswer, trials: number, seed: number): { recovered: number; derivable: number } {
    const random = seededRandom(seed);
    let recovered = 0;
    let derivable = 0;
    for (let t = 0; t < trials; t++) {
      const reports = makeReports(random, random.int(600, 1200), { violation: VIOLATIONS, region: REGIONS });
      // One small cell: trim EXTORTION in R3 down to 1..9 reports.
      const small = random.int(1, 9);
      let kept = 0;
      const table = reports.filter((r) => !(r.dims.violation === 'EXTORTION' && r.dims.region === 'R3') || kept++ < small);
      const cells = rollup(table, ['violation', 'region']);
      const answer = answerOf(cells);
      derivable += derivableSuppressedCells(answer, ['violation', 'region']).length > 0 ? 1 : 0;
      const rowTotal = table.filter((r) => r.dims.violation === 'EXTORTION').length; // exact marginal
      const colTotal = table.filter((r) => r.dims.region === 'R3').length;
      const row = answer.cells.filter((c) => c.dims.violation === 'EXTORTION');
      const col = answer.cells.filter((c) => c.dims.region === 'R3');
      for (const [line, total] of [[row, rowTotal], [col, colTotal]] as const) {
        if (line.filter((c) => c.suppressed).length !== 1) continue;
        const estimate = total - line.reduce((s, c) => s + (c.count ?? 0), 0);
        if (estimate === small) {
          recovered++;
          break;
        }
      }
    }
    return { recovered: recovered / trials, derivable: derivable / trials };
  }

  it('recovers the small cell against naive, not against protectAnswer', () => {
    const trials = 400;
    const onNaive = attack((cells) => naive(cells, ['violation', 'region']), trials, 505);
    // Ablation: perturbation and primary suppression only, no complementary suppression.
    const perturbOnly = attack((cells) => {
      const out = cells.map((c) => {
        const published = perturbedCount(c.count, cellKey(c.count, c.keySum, SECRET), 2);
        const suppressed = c.count < 10 || published < 10;
        return { dims: c.dims, count: suppressed ? null : published, suppressed };
      });
      return { cells: out, suppressedCells: out.filter((c) => c.suppressed).length };
    }, trials, 505);
    const onOurs = attack((cells) => ours(cells, ['violation', 'region']), trials, 505);
    figures['complementary: small cell recovered from exact marginals'] = `naive ${pct(onNaive.recovered)}, perturbation only ${pct(perturbOnly.recovered)}, protected ${pct(onOurs.recovered)}`;
    figures['complementary: tables with a withheld cell derivable by linear algebra'] = `naive ${pct(onNaive.derivable)}, protected ${pct(onOurs.derivable)}`;
    expect(onNaive.recovered).toBe(1);
    expect(onNaive.derivable).toBe(1);
    expect(perturbOnly.recovered).toBeLessThan(0.6);
    expect(onOurs.recovered).toBe(0);
    expect(onOurs.derivable).toBe(0);
  });
  it('across queries: each neighbour asked alone and the row total asked from a coarser query', () => {
    // Complementary suppression only protects one answer; the same contributors asked for
    // alone get the same (perturbed) value, and the row total is itself perturbed.
    const run = (protect: Protect, seed: number): number => {
      const random = seededRandom(seed);
      let recovered = 0;
      const trials = 400;
      for (let t = 0; t < trials; t++) {
        const small = random.int(1, 9);
        const row = [
          ...makeReports(random, small, { violation: 'EXTORTION', region: 'R3' }),
          ...makeReports(random, random.int(100, 300), { violation: 'EXTORTION', region: ['R1', 'R2', 'R4', 'R5'] }),
        ];
        const total = query(protect, row, ['violation'], { violation: 'EXTORTION' });
        let others = 0;
        for (const region of ['R1', 'R2', 'R4', 'R5']) {
          others += query(protect, row.filter((r) => r.dims.region === region), ['region'], { region }) ?? NaN;
        }
        if (total !== null && total - others === small) recovered++;
      }
      return recovered / trials;
    };
    const onNaive = run(naive, 909);
    const onOurs = run(ours, 909);
    figures['complementary across queries: small cell = perturbed row total minus neighbours asked alone'] = `naive ${pct(onNaive)}, protected ${pct(onOurs)}`;
    expect(onNaive).toBe(1);
    expect(onOurs).toBeLessThan(0.25);
  });
});

describe('attack 4: averaging (the same query 1,000 times)', () => {
  const random = seededRandom(606);
  const reports = makeReports(random, 1500, { violation: VIOLATIONS, month: MONTHS, country: ['KE', 'UG', 'TZ'] });
  const groupBy = ['violation', 'country'];
  const cells = rollup(reports, groupBy);

  /** Fraction of cells whose true count the mean of 1,000 answers rounds to. */
  function averaged(answers: ProtectedAnswer[]): number {
    const truth = new Map(cells.map((c) => [JSON.stringify(groupBy.map((g) => c.dims[g])), c.count] as const));
    const sums = new Map<string, number>();
    for (const answer of answers) {
      for (const c of answer.cells) {
        const id = JSON.stringify(groupBy.map((g) => c.dims[g]));
        sums.set(id, (sums.get(id) ?? 0) + (c.count ?? NaN));
      }
    }
    let hits = 0;
    for (const [id, sum] of sums) if (Math.round(sum / answers.length) === truth.get(id)) hits++;
    return hits / sums.size;
  }

  it('fresh noise averages away; cell-key noise gives identical answers', () => {
    const noisy = seededRandom(707);
    const fresh = Array.from({ length: 1000 }, () => freshNoiseProtect(cells, groupBy, noisy));
    const repeated = Array.from({ length: 1000 }, (_, i) => {
      // Same query, rows in a different order and months unmerged half the time.
      const input = i % 2 === 0 ? [...cells].reverse() : rollup(reports, [...groupBy, 'month']);
      return ours(input, groupBy);
    });
    for (const answer of repeated) expect(answer).toEqual(repeated[0]);
    const freshHit = averaged(fresh);
    const oursHit = averaged(repeated);
    figures['averaging: cells whose true count the mean of 1,000 answers gives'] = `fresh noise ${pct(freshHit)}, protected ${pct(oursHit)} (= cells whose count is already a multiple of 3)`;
    expect(freshHit).toBe(1);
    expect(repeated[0]!.suppressedCells).toBe(0);
    expect(oursHit).toBeLessThan(0.6);
  });
});
