import { mulberry32 } from '../../../common/random/mulberry32';
/**
 * Test support for the disclosure-control specs: a seeded source of record
 * keys, a simulated population of reports, the cells the rollups would hold,
 * deliberately naive protections to show that each attack test can succeed,
 * and an exact check of which withheld cells the line totals give away.
 * Not used by the engine.
 */
import type { ProtectedAnswer, RawCell } from '../disclosure.types';

/** Seeded 32-bit generator (mulberry32) standing in for node:crypto in simulations. */
export function seededRandom(seed: number): { uint32(): number; int(min: number, max: number): number; pick<T>(items: readonly T[]): T } {
  const uint32 = mulberry32(seed);
  const int = (min: number, max: number): number => min + Math.floor((uint32() / 0x1_0000_0000) * (max - min + 1));
  return { uint32, int, pick: (items) => items[int(0, items.length - 1)]! };
}

export interface SimulatedReport {
  recordKey: number;
  dims: Record<string, string>;
}

/** What the rollups hold for a set of reports grouped by `groupBy`: count and keySum per cell. */
export function rollup(reports: readonly SimulatedReport[], groupBy: readonly string[]): RawCell[] {
  const cells = new Map<string, RawCell>();
  for (const report of reports) {
    const dims: Record<string, string | null> = {};
    for (const name of groupBy) dims[name] = report.dims[name] ?? null;
    const id = JSON.stringify(groupBy.map((name) => dims[name]));
    const cell = cells.get(id);
    if (cell) {
      cell.count += 1;
      cell.keySum += BigInt(report.recordKey);
    } else {
      cells.set(id, { dims, count: 1, keySum: BigInt(report.recordKey) });
    }
  }
  return [...cells.values()];
}

export function makeReports(
  random: ReturnType<typeof seededRandom>,
  n: number,
  dims: Record<string, string | readonly string[]>,
): SimulatedReport[] {
  const reports: SimulatedReport[] = [];
  for (let i = 0; i < n; i++) {
    const values: Record<string, string> = {};
    for (const [name, domain] of Object.entries(dims)) values[name] = typeof domain === 'string' ? domain : random.pick(domain);
    reports.push({ recordKey: random.uint32(), dims: values });
  }
  return reports;
}

/** No protection beyond withholding cells below the minimum: exact counts, no complementary suppression. */
export function naiveProtect(cells: readonly RawCell[], groupBy: readonly string[], minimumCellSize = 10): ProtectedAnswer {
  const out = cells
    .filter((cell) => cell.count > 0)
    .map((cell) => {
      const dims: Record<string, string | null> = {};
      for (const name of groupBy) dims[name] = cell.dims[name] ?? null;
      const suppressed = cell.count < minimumCellSize;
      return { dims, count: suppressed ? null : cell.count, suppressed };
    });
  return { cells: out, suppressedCells: out.filter((cell) => cell.suppressed).length };
}

/** Fresh (inconsistent) noise on every call: what averaging defeats. */
export function freshNoiseProtect(cells: readonly RawCell[], groupBy: readonly string[], random: ReturnType<typeof seededRandom>): ProtectedAnswer {
  const answer = naiveProtect(cells, groupBy, 0);
  for (const cell of answer.cells) cell.count = cell.count! + random.int(-2, 2);
  return answer;
}

export function cellId(dims: Record<string, string | null>, groupBy: readonly string[]): string {
  return JSON.stringify(groupBy.map((name) => dims[name] ?? null));
}

const P = 1_000_003; // prime; products stay below 2^53

function inverse(a: number): number {
  let [r0, r1, s0, s1] = [a % P, P, 1, 0];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % P) + P) % P;
}

/**
 * Which withheld cells are determined exactly by the published cells plus the
 * exact total of every line (cells equal in all groupBy dimensions but one)?
 * Treats the published values as if exact (the strongest attacker). Returns the
 * ids of the determined cells: unknown x_i is determined iff e_i lies in the row
 * space of the line-incidence matrix restricted to the unknowns (row-reduced
 * echelon form over GF(p)).
 */
export function derivableSuppressedCells(answer: ProtectedAnswer, groupBy: readonly string[]): string[] {
  const unknowns = answer.cells.filter((cell) => cell.suppressed).map((cell) => cellId(cell.dims, groupBy));
  if (unknowns.length === 0) return [];
  const column = new Map(unknowns.map((id, i) => [id, i] as const));
  const rows: number[][] = [];
  if (groupBy.length === 0) return unknowns; // the only cell is the total itself
  for (let d = 0; d < groupBy.length; d++) {
    const lines = new Map<string, number[]>();
    for (const cell of answer.cells) {
      if (!cell.suppressed) continue;
      const lineKey = JSON.stringify(groupBy.map((name, e) => (e === d ? '*' : (cell.dims[name] ?? null))));
      const row = lines.get(lineKey) ?? new Array<number>(unknowns.length).fill(0);
      row[column.get(cellId(cell.dims, groupBy))!] = 1;
      lines.set(lineKey, row);
    }
    rows.push(...lines.values());
  }
  // Row reduction.
  const pivotColumns: number[] = [];
  let rank = 0;
  for (let c = 0; c < unknowns.length && rank < rows.length; c++) {
    let pivot = -1;
    for (let r = rank; r < rows.length; r++) if (rows[r]![c] !== 0) { pivot = r; break; }
    if (pivot < 0) continue;
    [rows[rank], rows[pivot]] = [rows[pivot]!, rows[rank]!];
    const inv = inverse(rows[rank]![c]!);
    const pr = rows[rank]!;
    for (let j = 0; j < pr.length; j++) pr[j] = (pr[j]! * inv) % P;
    for (let r = 0; r < rows.length; r++) {
      if (r === rank || rows[r]![c] === 0) continue;
      const f = rows[r]![c]!;
      const row = rows[r]!;
      for (let j = 0; j < row.length; j++) if (pr[j] !== 0) row[j] = (((row[j]! - f * pr[j]!) % P) + P) % P;
    }
    pivotColumns.push(c);
    rank++;
  }
  const determined: string[] = [];
  pivotColumns.forEach((c, r) => {
    if (rows[r]!.every((value, j) => j === c || value === 0)) determined.push(unknowns[c]!);
  });
  return determined;
}

/** The brief's line rule alone (for showing why it is not enough). */
export function lineRuleOnly(answer: ProtectedAnswer, groupBy: readonly string[]): ProtectedAnswer {
  const cells = answer.cells.map((cell) => ({ ...cell }));
  for (;;) {
    let changed = false;
    for (let d = 0; d < groupBy.length; d++) {
      const lines = new Map<string, typeof cells>();
      for (const cell of cells) {
        const key = JSON.stringify(groupBy.map((name, e) => (e === d ? '*' : (cell.dims[name] ?? null))));
        lines.set(key, [...(lines.get(key) ?? []), cell]);
      }
      for (const line of lines.values()) {
        if (line.filter((cell) => cell.suppressed).length !== 1) continue;
        const open = line.filter((cell) => !cell.suppressed).sort((a, b) => a.count! - b.count!);
        if (open.length === 0) continue;
        open[0]!.suppressed = true;
        open[0]!.count = null;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { cells, suppressedCells: cells.filter((cell) => cell.suppressed).length };
}

/**
 * Whether some box of present cells has the cell `id` as a corner: for every dimension
 * another value such that all 2^k combinations are cells of the answer (brute force).
 */
export function hasPresentBox(answer: ProtectedAnswer, groupBy: readonly string[], id: string): boolean {
  return hasBoxAmong(answer, groupBy, id, () => true);
}

/** Whether the cell `id` is a corner of a box whose 2^k corners are all withheld (brute force). */
export function hasWithheldBox(answer: ProtectedAnswer, groupBy: readonly string[], id: string): boolean {
  return hasBoxAmong(answer, groupBy, id, (cell) => cell.suppressed);
}

function hasBoxAmong(answer: ProtectedAnswer, groupBy: readonly string[], id: string, keep: (cell: ProtectedAnswer['cells'][number]) => boolean): boolean {
  const present = new Set(answer.cells.filter(keep).map((c) => cellId(c.dims, groupBy)));
  const own = JSON.parse(id) as (string | null)[];
  const values = groupBy.map((_, d) => [...new Set(answer.cells.map((c) => c.dims[groupBy[d]!] ?? null))].filter((v) => v !== own[d]));
  const choose = (d: number, alt: (string | null)[]): boolean => {
    if (d === groupBy.length) {
      for (let m = 0; m < 1 << groupBy.length; m++) {
        if (!present.has(JSON.stringify(own.map((v, e) => (m & (1 << e) ? alt[e]! : v))))) return false;
      }
      return true;
    }
    return values[d]!.some((v) => choose(d + 1, [...alt, v]));
  };
  return choose(0, []);
}
