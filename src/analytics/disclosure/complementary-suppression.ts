/**
 * Complementary (secondary) suppression inside one answer.
 *
 * The attacker model: the researcher knows every published cell and, for every
 * "line" of the answer (all cells that share the values of every groupBy
 * dimension but one, i.e. the cells a marginal total sums over), the exact
 * total of that line. Suppressed cells are the unknowns of that linear system.
 * A suppressed cell can be derived exactly iff it is not touched by any
 * non-zero solution of the homogeneous system.
 *
 * The rule the brief asked for ("a line with exactly one suppressed cell gets
 * its smallest published cell suppressed too, until stable") is necessary but
 * not sufficient: in a two-way table two suppressed rectangles joined by one
 * suppressed cell leave that joining cell derivable (rows of one rectangle
 * minus its columns), although no line holds a single suppressed cell. So this
 * module makes sure every suppressed cell is a corner of a "box": for a k-way
 * answer, 2^k present, suppressed cells (a|a') x (b|b') x ... . Putting +1 and
 * -1 alternately on the corners of a box changes no line total, so no corner of
 * a box can be derived from the line totals (nor from any coarser marginal,
 * which is a sum of line totals). When a suppressed cell is not yet a corner of
 * an all-suppressed box, the cheapest completion (smallest sum of published
 * values newly withheld) is suppressed. A cell for which no box of present cells
 * exists (for instance the only present cell of its line: its line total is the
 * cell) cannot be hidden by suppression inside the answer; for those the line
 * rule is still applied, and the protection is that every total the researcher
 * can obtain is itself perturbed with the same cell key (same contributors,
 * same value). Choices use the published (perturbed) values, never the true
 * counts, so the pattern of complementary suppression tells nothing the
 * published values did not.
 */

export interface SuppressionTable {
  /** Number of dimensions (the groupBy length). */
  dimensions: number;
  /** Per cell, per dimension, the index of its value in that dimension: coords[cell * dimensions + d]. */
  coords: Int32Array;
  /** Number of distinct values per dimension. */
  sizes: number[];
  /** Per cell, what withholding it costs (its published value). */
  cost: Float64Array;
}

export interface ComplementaryResult {
  /** 1 when the cell is suppressed (primary or complementary). */
  suppressed: Uint8Array;
  /** Cells suppressed by this step (not by the primary rule). */
  added: number;
  /** Suppressed cells for which no box of present cells exists (see above). */
  unboxable: number;
}

/** Lookup of cells by coordinates. Numeric mixed-radix keys (sizes here are small). */
class CellIndex {
  readonly strides: number[];
  /** The mixed-radix key of every cell. */
  readonly keys: Float64Array;
  private readonly map = new Map<number, number>();

  constructor(table: SuppressionTable) {
    const k = table.dimensions;
    let stride = 1;
    this.strides = table.sizes.map((size) => {
      const s = stride;
      stride *= Math.max(size, 1);
      return s;
    });
    if (stride > Number.MAX_SAFE_INTEGER) throw new RangeError('answer has too many distinct coordinates');
    const n = table.cost.length;
    this.keys = new Float64Array(n);
    for (let cell = 0; cell < n; cell++) {
      let key = 0;
      for (let d = 0; d < k; d++) key += table.coords[cell * k + d]! * this.strides[d]!;
      if (this.map.has(key)) throw new Error('two cells with the same coordinates');
      this.map.set(key, cell);
      this.keys[cell] = key;
    }
  }

  at(key: number): number {
    return this.map.get(key) ?? -1;
  }
}

/** Lines: for each dimension d, the cells sharing every coordinate but d. */
function buildLines(table: SuppressionTable, index: CellIndex): { lines: number[][]; lineOf: Int32Array } {
  const k = table.dimensions;
  const n = table.cost.length;
  const lines: number[][] = [];
  const lineOf = new Int32Array(n * k);
  for (let d = 0; d < k; d++) {
    const byKey = new Map<number, number>();
    for (let cell = 0; cell < n; cell++) {
      const key = index.keys[cell]! - table.coords[cell * k + d]! * index.strides[d]!;
      let line = byKey.get(key);
      if (line === undefined) {
        line = lines.length;
        lines.push([]);
        byKey.set(key, line);
      }
      lines[line]!.push(cell);
      lineOf[cell * k + d] = line;
    }
  }
  return { lines, lineOf };
}

export function complementarySuppression(table: SuppressionTable, primary: Uint8Array): ComplementaryResult {
  const k = table.dimensions;
  const n = table.cost.length;
  const suppressed = Uint8Array.from(primary);
  if (k === 0 || n === 0) return { suppressed, added: 0, unboxable: 0 };

  const index = new CellIndex(table);
  const { lines, lineOf } = buildLines(table, index);
  const cost = table.cost;
  const unboxable = new Uint8Array(n);
  const covered = new Uint8Array(n);
  const queue: number[] = [];
  for (let cell = 0; cell < n; cell++) if (suppressed[cell]) queue.push(cell);

  const withhold = (cell: number): void => {
    if (!suppressed[cell]) {
      suppressed[cell] = 1;
      queue.push(cell);
    }
  };
  const price = (cell: number): number => (suppressed[cell] ? 0 : cost[cell]!);

  // Scratch space for the box search. Corner `m` of a box takes, along dimension d,
  // the chosen alternative value when bit d of m is set and the cell's own value otherwise.
  const corners = 1 << k;
  const box = new Int32Array(corners);
  const bestBox = new Int32Array(corners);
  const deltas = new Float64Array(k);

  /**
   * Depth-first search for the cheapest all-present box with `cell` as corner 0, choosing
   * one alternative per dimension; corners are priced as soon as they are fixed, so a
   * partial box already as dear as the best one is abandoned. With `limit` 0 only boxes
   * that are already entirely withheld are accepted (the quick coverage check).
   */
  const searchBox = (cell: number, alternatives: number[][], limit: number): boolean => {
    const base = index.keys[cell]!;
    box[0] = cell;
    let best = limit;
    let found = false;
    const search = (d: number, partial: number): void => {
      if (d === k) {
        best = partial;
        found = true;
        bestBox.set(box);
        return;
      }
      for (const alt of alternatives[d]!) {
        const axis = price(alt);
        if (partial + axis > best || (limit > 0 && partial + axis >= best)) break; // sorted by axis price
        deltas[d] = (table.coords[alt * k + d]! - table.coords[cell * k + d]!) * index.strides[d]!;
        let total = partial;
        let ok = true;
        const high = 1 << d;
        for (let low = 0; low < high && ok; low++) {
          let key = base + deltas[d]!;
          for (let e = 0; e < d; e++) if (low & (1 << e)) key += deltas[e]!;
          const corner = index.at(key);
          if (corner < 0) ok = false;
          else {
            total += price(corner);
            box[high | low] = corner;
            if (total > best || (limit > 0 && total >= best)) ok = false;
          }
        }
        if (ok) search(d + 1, total);
        if (found && best === 0) return;
      }
    };
    search(0, 0);
    return found;
  };

  /** Makes `cell` a corner of an all-withheld box if any box of present cells exists. */
  const cover = (cell: number): void => {
    const withheld: number[][] = [];
    const all: number[][] = [];
    for (let d = 0; d < k; d++) {
      const line = lines[lineOf[cell * k + d]!]!;
      if (line.length < 2) {
        unboxable[cell] = 1;
        return;
      }
      withheld.push(line.filter((other) => other !== cell && suppressed[other]));
      all.push(line);
    }
    // Quick check: a box that is already entirely withheld.
    if (withheld.every((alts) => alts.length > 0) && searchBox(cell, withheld, 0)) {
      for (let m = 0; m < corners; m++) covered[bestBox[m]!] = 1;
      return;
    }
    // Cheapest completion: alternatives ordered by the price of the axis neighbour.
    const sorted = all.map((line) => line.filter((other) => other !== cell).sort((a, b) => price(a) - price(b) || a - b));
    if (!searchBox(cell, sorted, Infinity)) {
      unboxable[cell] = 1;
      return;
    }
    for (let m = 0; m < corners; m++) {
      withhold(bestBox[m]!);
      covered[bestBox[m]!] = 1;
    }
  };

  for (;;) {
    while (queue.length > 0) {
      const cell = queue.pop()!;
      if (!covered[cell] && !unboxable[cell]) cover(cell);
    }
    // The line rule, for cells no box could cover: a line with exactly one suppressed cell
    // gets its smallest published cell suppressed too.
    let changed = false;
    for (const line of lines) {
      let count = 0;
      for (const cell of line) if (suppressed[cell]) count++;
      if (count !== 1 || line.length < 2) continue;
      let pick = -1;
      for (const cell of line) {
        if (!suppressed[cell] && (pick < 0 || cost[cell]! < cost[pick]!)) pick = cell;
      }
      withhold(pick);
      changed = true;
    }
    if (!changed && queue.length === 0) break;
  }

  let added = 0;
  let unboxed = 0;
  for (let cell = 0; cell < n; cell++) {
    if (suppressed[cell] && !primary[cell]) added++;
    if (unboxable[cell]) unboxed++;
  }
  return { suppressed, added, unboxable: unboxed };
}
