import { cellKey } from './cell-key';
import { perturbationBase, perturbedCount } from './cell-key-perturbation';
import { complementarySuppression } from './complementary-suppression';
import {
  DEFAULT_MAX_NOISE,
  DEFAULT_MINIMUM_CELL_SIZE,
  type DisclosureOptions,
  type ProtectedAnswer,
  type ProtectedCell,
  type RawCell,
} from './disclosure.types';
import { isPrimarySuppressed } from './small-cell-suppression';

interface MergedCell {
  values: (string | null)[];
  count: number;
  keySum: bigint;
}

const MIN_SECRET_BYTES = 16;
const MAX_GRID_CELLS = 1_000_000;

/** All combinations of the domain values, with the merged cells filled in and zero elsewhere. */
function completeGrid(
  merged: Map<string, MergedCell>,
  groupBy: readonly string[],
  domain: Readonly<Record<string, readonly (string | null)[]>>,
): MergedCell[] {
  const axes = groupBy.map((name) => {
    const values = domain[name];
    if (!values) throw new RangeError('domain must list the values of every groupBy dimension');
    return [...new Set(values)];
  });
  if (axes.reduce((product, axis) => product * axis.length, 1) > MAX_GRID_CELLS) throw new RangeError('domain grid is too large');
  const allowed = axes.map((axis) => new Set(axis));
  for (const cell of merged.values()) {
    if (cell.count > 0 && cell.values.some((value, d) => !allowed[d]!.has(value))) {
      throw new RangeError('a cell has a value outside the domain');
    }
  }
  const grid: MergedCell[] = [];
  const walk = (d: number, values: (string | null)[]): void => {
    if (d === axes.length) {
      grid.push(merged.get(JSON.stringify(values)) ?? { values: [...values], count: 0, keySum: 0n });
      return;
    }
    for (const value of axes[d]!) walk(d + 1, [...values, value]);
  };
  walk(0, []);
  return grid;
}

function compareValues(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/**
 * Protects one answer of the trends service: perturbs every cell with the
 * cell-key method, withholds small cells, then withholds enough further cells
 * that no withheld cell can be worked out from the published ones and the
 * line (marginal) totals.
 *
 * - Cells with the same `groupBy` coordinates are merged by summing count and
 *   keySum, which is exactly what merging rollup rows means, so the caller may
 *   pass unmerged rows. Cells with count 0 are dropped (absent).
 * - The result lists one cell per coordinate, sorted by the `groupBy` values in
 *   order (null first), whatever the input order.
 * - With `options.domain`, every combination of the domain values is answered
 *   (zero cells withheld like small ones) instead of zero cells being absent.
 * - Deterministic: the same input always gives the same output.
 */
export function protectAnswer(cells: readonly RawCell[], groupBy: readonly string[], options: DisclosureOptions): ProtectedAnswer {
  const minimum = options.minimumCellSize ?? DEFAULT_MINIMUM_CELL_SIZE;
  const maxNoise = options.maxNoise ?? DEFAULT_MAX_NOISE;
  if (!Number.isSafeInteger(minimum) || minimum < 1) throw new RangeError('minimumCellSize must be a positive integer');
  perturbationBase(maxNoise); // validates maxNoise
  if (!Buffer.isBuffer(options.secret) || options.secret.length < MIN_SECRET_BYTES) {
    throw new RangeError(`secret must be a Buffer of at least ${MIN_SECRET_BYTES} bytes`);
  }
  if (new Set(groupBy).size !== groupBy.length) throw new RangeError('groupBy names a dimension twice');

  // 1. Merge by coordinates.
  const merged = new Map<string, MergedCell>();
  for (const cell of cells) {
    if (!Number.isSafeInteger(cell.count) || cell.count < 0) throw new RangeError('cell count must be a non-negative integer');
    if (typeof cell.keySum !== 'bigint' || cell.keySum < 0n) throw new RangeError('cell keySum must be a non-negative bigint');
    const values = groupBy.map((name) => cell.dims[name] ?? null);
    const id = JSON.stringify(values);
    const existing = merged.get(id);
    if (existing) {
      existing.count += cell.count;
      existing.keySum += cell.keySum;
    } else {
      merged.set(id, { values, count: cell.count, keySum: cell.keySum });
    }
  }
  const present = options.domain ? completeGrid(merged, groupBy, options.domain) : [...merged.values()].filter((cell) => cell.count > 0);

  // 2. Canonical order, and the index of each value within its dimension.
  present.sort((a, b) => {
    for (let d = 0; d < groupBy.length; d++) {
      const c = compareValues(a.values[d]!, b.values[d]!);
      if (c !== 0) return c;
    }
    return 0;
  });
  const k = groupBy.length;
  const n = present.length;
  const coords = new Int32Array(n * k);
  const sizes: number[] = [];
  for (let d = 0; d < k; d++) {
    const distinct = [...new Set(present.map((cell) => cell.values[d]!))].sort(compareValues);
    const position = new Map(distinct.map((value, i) => [value, i] as const));
    for (let i = 0; i < n; i++) coords[i * k + d] = position.get(present[i]!.values[d]!)!;
    sizes.push(distinct.length);
  }

  // 3. Perturbation and primary suppression, each a function of the contributors only.
  const published = new Float64Array(n);
  const primary = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const cell = present[i]!;
    published[i] = cell.count === 0 ? 0 : perturbedCount(cell.count, cellKey(cell.count, cell.keySum, options.secret), maxNoise);
    primary[i] = isPrimarySuppressed(cell.count, published[i]!, minimum) ? 1 : 0;
  }

  // 4. Complementary suppression, choosing by published values only.
  const { suppressed } = complementarySuppression({ dimensions: k, coords, sizes, cost: published }, primary);

  const out: ProtectedCell[] = new Array<ProtectedCell>(n);
  let suppressedCells = 0;
  for (let i = 0; i < n; i++) {
    const dims: Record<string, string | null> = {};
    for (let d = 0; d < k; d++) dims[groupBy[d]!] = present[i]!.values[d]!;
    const hidden = suppressed[i] === 1;
    if (hidden) suppressedCells++;
    out[i] = { dims, count: hidden ? null : published[i]!, suppressed: hidden };
  }
  return { cells: out, suppressedCells };
}
