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
  const grid = protectGrid(cells, groupBy, options);
  const { n, published, suppressed } = grid;
  const out: ProtectedCell[] = new Array<ProtectedCell>(n);
  const dimsOf = dimsMaker(groupBy, grid.axes, grid.coords);
  for (let i = 0; i < n; i++) {
    const hidden = suppressed[i] === 1;
    out[i] = { dims: dimsOf(i), count: hidden ? null : published[i]!, suppressed: hidden };
  }
  return { cells: out, suppressedCells: grid.suppressedCells };
}

/**
 * protectAnswer's result before it is turned into one object per cell: answer cell i
 * (in canonical order) has value axes[d][coords[i * k + d]] along groupBy[d]; it is
 * withheld when suppressed[i] is 1, else published[i] is its count. For callers that
 * build their own output objects (the trends service) and would otherwise allocate
 * every cell twice. Exactly the same protection: protectAnswer is this plus the mapping.
 */
export interface ProtectedGrid {
  n: number;
  axes: Value[][];
  coords: Int32Array;
  published: Float64Array;
  suppressed: Uint8Array;
  suppressedCells: number;
}

export function protectGrid(cells: readonly RawCell[], groupBy: readonly string[], options: DisclosureOptions): ProtectedGrid {
  const minimum = options.minimumCellSize ?? DEFAULT_MINIMUM_CELL_SIZE;
  const maxNoise = options.maxNoise ?? DEFAULT_MAX_NOISE;
  if (!Number.isSafeInteger(minimum) || minimum < 1) throw new RangeError('minimumCellSize must be a positive integer');
  const base = perturbationBase(maxNoise); // validates maxNoise
  if (!Buffer.isBuffer(options.secret) || options.secret.length < MIN_SECRET_BYTES) {
    throw new RangeError(`secret must be a Buffer of at least ${MIN_SECRET_BYTES} bytes`);
  }
  if (new Set(groupBy).size !== groupBy.length) throw new RangeError('groupBy names a dimension twice');
  const k = groupBy.length;

  // 1. Validate every row. A row with count 0 neither makes a cell present nor changes its
  //    count (counts are non-negative), so it is set aside; only its keySum, if not 0, is added below.
  const rows: RawCell[] = [];
  const emptyRowsWithKeySum: RawCell[] = [];
  for (const cell of cells) {
    if (!Number.isSafeInteger(cell.count) || cell.count < 0) throw new RangeError('cell count must be a non-negative integer');
    if (typeof cell.keySum !== 'bigint' || cell.keySum < 0n) throw new RangeError('cell keySum must be a non-negative bigint');
    if (cell.count > 0) rows.push(cell);
    else if (cell.keySum !== 0n) emptyRowsWithKeySum.push(cell);
  }
  const m = rows.length;

  // 2. Each value of each dimension gets a provisional id (first seen), dimension by dimension;
  //    consecutive rows often share a value (the rollups come grouped), which saves the lookup.
  const ids: Map<Value, number>[] = [];
  const seen: Value[][] = [];
  const rowIds = new Int32Array(m * k);
  for (let d = 0; d < k; d++) {
    const name = groupBy[d]!;
    const idOf = new Map<Value, number>();
    const values: Value[] = [];
    let last: Value | undefined;
    let lastId = -1;
    for (let r = 0; r < m; r++) {
      const value = rows[r]!.dims[name] ?? null;
      if (value !== last) {
        let id = idOf.get(value);
        if (id === undefined) {
          id = values.length;
          idOf.set(value, id);
          values.push(value);
        }
        last = value;
        lastId = id;
      }
      rowIds[r * k + d] = lastId;
    }
    ids.push(idOf);
    seen.push(values);
  }

  // 3. The axes (values of each dimension in canonical order) and each provisional id's rank.
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

  // 4. Merge rows into cells (slots) by their grid position.
  const mergedCount: number[] = [];
  const mergedKeySum: bigint[] = [];
  const slotCoords = new Int32Array(m * k);
  const positionOfSlot: number[] = [];
  const dense = domain !== undefined || product <= denseLimit(m);
  const slotOfPosition = dense ? new Int32Array(product).fill(-1) : undefined;
  const slotOfKey = dense ? undefined : new Map<number, number>();
  for (let r = 0; r < m; r++) {
    let position = 0;
    for (let d = 0; d < k; d++) position += rankOf[d]![rowIds[r * k + d]!]! * place[d]!;
    let slot = slotOfPosition ? slotOfPosition[position]! : (slotOfKey!.get(position) ?? -1);
    const row = rows[r]!;
    if (slot < 0) {
      slot = mergedCount.length;
      mergedCount.push(row.count);
      mergedKeySum.push(row.keySum);
      positionOfSlot.push(position);
      for (let d = 0; d < k; d++) slotCoords[slot * k + d] = rankOf[d]![rowIds[r * k + d]!]!;
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

  // 5. The answer's cells in canonical order: slots[i] is cell i's merged cell (-1 for an empty
  //    domain cell), coords[i * k + d] the rank of its value along d.
  let slots: Int32Array;
  let coords: Int32Array;
  if (domain) {
    // Every grid position, in order; 0 cells when an axis is empty (then no row has a count).
    const gridCells = sizes.reduce((a, b) => a * b, 1);
    slots = gridCells === product ? slotOfPosition! : new Int32Array(0);
    coords = new Int32Array(gridCells * k);
    const digit = new Int32Array(k);
    for (let i = 0; i < gridCells; i++) {
      for (let d = 0; d < k; d++) coords[i * k + d] = digit[d]!;
      for (let d = k - 1; d >= 0; d--) {
        if (++digit[d]! < sizes[d]!) break;
        digit[d] = 0;
      }
    }
  } else {
    const present = positionOfSlot.length;
    slots = new Int32Array(present);
    if (slotOfPosition && product <= 16 * present + 1024) {
      // Dense enough: read the grid in order instead of sorting.
      let i = 0;
      for (let p = 0; p < product; p++) if (slotOfPosition[p]! >= 0) slots[i++] = slotOfPosition[p]!;
    } else {
      const positions = Float64Array.from(positionOfSlot).sort();
      for (let i = 0; i < present; i++) slots[i] = slotOfPosition ? slotOfPosition[positions[i]!]! : slotOfKey!.get(positions[i]!)!;
    }
    coords = new Int32Array(present * k);
    for (let i = 0; i < present; i++) {
      for (let d = 0; d < k; d++) coords[i * k + d] = slotCoords[slots[i]! * k + d]!;
    }
  }
  const n = slots.length;

  // 6. Perturbation and primary suppression, each a function of the contributors only.
  //    The cell key is only needed when the count is off the lattice and not already withheld
  //    for being below the minimum; the published value of a withheld cell is never used
  //    (complementary suppression prices only cells it could still withhold).
  const valueOf = publishedValueFunction(options.secret, maxNoise, base);
  const published = new Float64Array(n);
  const primary = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const slot = slots[i]!;
    const count = slot < 0 ? 0 : mergedCount[slot]!;
    if (count < minimum) {
      primary[i] = 1;
      continue;
    }
    const value = valueOf(count, mergedKeySum[slot]!);
    published[i] = value;
    primary[i] = isPrimarySuppressed(count, value, minimum) ? 1 : 0;
  }

  // 7. Complementary suppression, choosing by published values only.
  const { suppressed } = complementarySuppression({ dimensions: k, coords, sizes, cost: published }, primary);
  let suppressedCells = 0;
  for (let i = 0; i < n; i++) suppressedCells += suppressed[i]!;
  return { n, axes, coords, published, suppressed, suppressedCells };
}

/**
 * Whether a cell of these contributors (`count` reports whose record keys sum to `keySum`) passes
 * primary (small-cell) suppression: its true and its perturbed count are at least the minimum,
 * exactly as the same cell of any protectAnswer answer. For a caller that must decide from the
 * data whether a value may appear at all (the countries of an axis: those whose total a one-
 * dimension answer publishes), so that it decides on the perturbed total, as the answer does, and
 * not on the true count, which would show exactly when a 10th report arrives or one is withdrawn.
 */
export function passesSmallCellRule(options: DisclosureOptions): (count: number, keySum: bigint) => boolean {
  const minimum = options.minimumCellSize ?? DEFAULT_MINIMUM_CELL_SIZE;
  const maxNoise = options.maxNoise ?? DEFAULT_MAX_NOISE;
  if (!Number.isSafeInteger(minimum) || minimum < 1) throw new RangeError('minimumCellSize must be a positive integer');
  if (!Buffer.isBuffer(options.secret) || options.secret.length < MIN_SECRET_BYTES) {
    throw new RangeError(`secret must be a Buffer of at least ${MIN_SECRET_BYTES} bytes`);
  }
  const valueOf = publishedValueFunction(options.secret, maxNoise, perturbationBase(maxNoise));
  return (count, keySum) => count >= minimum && !isPrimarySuppressed(count, valueOf(count, keySum), minimum);
}

/**
 * The perturbed count of a cell (step 6 of protectGrid). The cell key is only computed
 * when the count is off the lattice: on it the noise is 0 whatever the key (perturbation table, residue 0).
 */
function publishedValueFunction(secret: Buffer, maxNoise: number, base: number): (count: number, keySum: bigint) => number {
  const key = cellKeyFunction(secret);
  return (count, keySum) => (count % base === 0 ? count : perturbedCount(count, key(count, keySum), maxNoise));
}

/**
 * The `dims` object of answer cell i. One object literal per answer size rather than
 * properties added under varying names, which is several times faster.
 */
function dimsMaker(groupBy: readonly string[], axes: readonly Value[][], coords: Int32Array): (i: number) => Record<string, Value> {
  const k = groupBy.length;
  const [n0, n1, n2] = groupBy as [string, string, string];
  const [a0, a1, a2] = axes as [Value[], Value[], Value[]];
  switch (k) {
    case 0:
      return () => ({});
    case 1:
      return (i) => ({ [n0]: a0[coords[i]!]! });
    case 2:
      return (i) => ({ [n0]: a0[coords[2 * i]!]!, [n1]: a1[coords[2 * i + 1]!]! });
    case 3:
      return (i) => ({ [n0]: a0[coords[3 * i]!]!, [n1]: a1[coords[3 * i + 1]!]!, [n2]: a2[coords[3 * i + 2]!]! });
    default: {
      const template: Record<string, Value> = {};
      for (const name of groupBy) template[name] = null;
      return (i) => {
        const dims = { ...template };
        for (let d = 0; d < k; d++) dims[groupBy[d]!] = axes[d]![coords[i * k + d]!]!;
        return dims;
      };
    }
  }
}
