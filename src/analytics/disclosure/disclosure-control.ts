import { cellKeyFunction } from './cell-key';
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

type Value = string | null;

const MIN_SECRET_BYTES = 16;
const MAX_GRID_CELLS = 1_000_000;

function compareValues(a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** A grid as large as this (or a domain grid) is indexed by a flat array, a sparser one by a Map. */
function denseLimit(rows: number): number {
  return Math.max(1 << 16, 8 * rows);
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
 *
 * Implementation: each dimension's values get integer ranks in canonical order,
 * a cell is the mixed-radix number of its ranks (dimension 0 most significant),
 * so merging is indexing and the canonical order is numeric order.
 */
export function protectAnswer(cells: readonly RawCell[], groupBy: readonly string[], options: DisclosureOptions): ProtectedAnswer {
  const minimum = options.minimumCellSize ?? DEFAULT_MINIMUM_CELL_SIZE;
  const maxNoise = options.maxNoise ?? DEFAULT_MAX_NOISE;
  if (!Number.isSafeInteger(minimum) || minimum < 1) throw new RangeError('minimumCellSize must be a positive integer');
  const base = perturbationBase(maxNoise); // validates maxNoise
  if (!Buffer.isBuffer(options.secret) || options.secret.length < MIN_SECRET_BYTES) {
    throw new RangeError(`secret must be a Buffer of at least ${MIN_SECRET_BYTES} bytes`);
  }
  if (new Set(groupBy).size !== groupBy.length) throw new RangeError('groupBy names a dimension twice');
  const k = groupBy.length;

  // 1. Validate every row; give each value of each dimension a provisional id (first seen).
  //    A row with count 0 neither makes a cell present nor changes its count (counts are
  //    non-negative), so it is set aside; only its keySum, if not 0, is added afterwards.
  const ids: Map<Value, number>[] = groupBy.map(() => new Map());
  const seen: Value[][] = groupBy.map(() => []);
  const rows: RawCell[] = [];
  const rowIds = new Int32Array(cells.length * k);
  const emptyRowsWithKeySum: RawCell[] = [];
  for (const cell of cells) {
    if (!Number.isSafeInteger(cell.count) || cell.count < 0) throw new RangeError('cell count must be a non-negative integer');
    if (typeof cell.keySum !== 'bigint' || cell.keySum < 0n) throw new RangeError('cell keySum must be a non-negative bigint');
    if (cell.count === 0) {
      if (cell.keySum !== 0n) emptyRowsWithKeySum.push(cell);
      continue;
    }
    const at = rows.length * k;
    for (let d = 0; d < k; d++) {
      const value = cell.dims[groupBy[d]!] ?? null;
      let id = ids[d]!.get(value);
      if (id === undefined) {
        id = seen[d]!.length;
        ids[d]!.set(value, id);
        seen[d]!.push(value);
      }
      rowIds[at + d] = id;
    }
    rows.push(cell);
  }

  // 2. The axes (values of each dimension in canonical order) and each provisional id's rank.
  const domain = options.domain;
  let axes: Value[][];
  if (domain) {
    axes = groupBy.map((name) => {
      const values = domain[name];
      if (!values) throw new RangeError('domain must list the values of every groupBy dimension');
      return [...new Set(values)].sort(compareValues);
    });
    if (axes.reduce((product, axis) => product * axis.length, 1) > MAX_GRID_CELLS) throw new RangeError('domain grid is too large');
  } else {
    axes = seen.map((values) => [...values].sort(compareValues));
  }
  const rankOf: Int32Array[] = axes.map((axis, d) => {
    const rank = new Map<Value, number>(axis.map((value, i) => [value, i] as const));
    return Int32Array.from(seen[d]!, (value) => {
      const r = rank.get(value);
      if (r === undefined) throw new RangeError('a cell has a value outside the domain');
      return r;
    });
  });
  const sizes = axes.map((axis) => axis.length);
  // Mixed-radix place values, dimension 0 most significant: numeric order = canonical order.
  const place = new Float64Array(k);
  let product = 1;
  for (let d = k - 1; d >= 0; d--) {
    place[d] = product;
    product *= Math.max(sizes[d]!, 1);
  }
  if (product > Number.MAX_SAFE_INTEGER) throw new RangeError('answer has too many distinct coordinates');

  // 3. Merge rows into cells by their grid position, and list the answer's cells in canonical order.
  const mergedCount: number[] = [];
  const mergedKeySum: bigint[] = [];
  const dense = domain !== undefined || product <= denseLimit(rows.length);
  const slotOfPosition = dense ? new Int32Array(product).fill(-1) : undefined;
  const slotOfKey = dense ? undefined : new Map<number, number>();
  const positionOfSlot: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    let position = 0;
    for (let d = 0; d < k; d++) position += rankOf[d]![rowIds[r * k + d]!]! * place[d]!;
    let slot = slotOfPosition ? slotOfPosition[position]! : (slotOfKey!.get(position) ?? -1);
    const row = rows[r]!;
    if (slot < 0) {
      slot = mergedCount.length;
      mergedCount.push(row.count);
      mergedKeySum.push(row.keySum);
      positionOfSlot.push(position);
      if (slotOfPosition) slotOfPosition[position] = slot;
      else slotOfKey!.set(position, slot);
    } else {
      mergedCount[slot] += row.count;
      mergedKeySum[slot] += row.keySum;
    }
  }
  for (const row of emptyRowsWithKeySum) {
    let position = 0;
    for (let d = 0; d < k; d++) {
      const id = ids[d]!.get(row.dims[groupBy[d]!] ?? null);
      position = id === undefined ? -1 : position + rankOf[d]![id]! * place[d]!;
      if (position < 0) break;
    }
    const slot = position < 0 ? -1 : slotOfPosition ? slotOfPosition[position]! : (slotOfKey!.get(position) ?? -1);
    if (slot >= 0) mergedKeySum[slot] += row.keySum;
  }
  // positions[i]: grid position of answer cell i; slots[i]: its merged cell, or -1 for an empty domain cell.
  let positions: Float64Array;
  let slots: Int32Array;
  if (domain) {
    const gridCells = sizes.reduce((a, b) => a * b, 1); // 0 when an axis is empty (then no row has a count)
    positions = new Float64Array(gridCells);
    for (let p = 0; p < gridCells; p++) positions[p] = p;
    slots = slotOfPosition!;
  } else {
    positions = Float64Array.from(positionOfSlot).sort();
    slots = new Int32Array(positions.length);
    for (let i = 0; i < positions.length; i++) {
      slots[i] = slotOfPosition ? slotOfPosition[positions[i]!]! : slotOfKey!.get(positions[i]!)!;
    }
  }
  const n = positions.length;
  const coords = new Int32Array(n * k);
  for (let i = 0; i < n; i++) {
    let rest = positions[i]!;
    for (let d = k - 1; d >= 0; d--) {
      const size = Math.max(sizes[d]!, 1);
      coords[i * k + d] = rest % size;
      rest = Math.floor(rest / size);
    }
  }

  // 4. Perturbation and primary suppression, each a function of the contributors only.
  //    The cell key is only needed when the count is off the lattice and not already withheld
  //    for being below the minimum; the published value of a withheld cell is never used
  //    (complementary suppression prices only cells it could still withhold).
  const key = cellKeyFunction(options.secret);
  const published = new Float64Array(n);
  const primary = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const slot = slots[i]!;
    const count = slot < 0 ? 0 : mergedCount[slot]!;
    if (count < minimum) {
      primary[i] = 1;
      continue;
    }
    // On the lattice the noise is 0 whatever the key (perturbation table, residue 0).
    const value = count % base === 0 ? count : perturbedCount(count, key(count, mergedKeySum[slot]!), maxNoise);
    published[i] = value;
    primary[i] = isPrimarySuppressed(count, value, minimum) ? 1 : 0;
  }

  // 5. Complementary suppression, choosing by published values only.
  const { suppressed } = complementarySuppression({ dimensions: k, coords, sizes, cost: published }, primary);

  const out: ProtectedCell[] = new Array<ProtectedCell>(n);
  let suppressedCells = 0;
  for (let i = 0; i < n; i++) {
    const dims: Record<string, Value> = {};
    for (let d = 0; d < k; d++) dims[groupBy[d]!] = axes[d]![coords[i * k + d]!]!;
    const hidden = suppressed[i] === 1;
    if (hidden) suppressedCells++;
    out[i] = { dims, count: hidden ? null : published[i]!, suppressed: hidden };
  }
  return { cells: out, suppressedCells };
}
