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
  /** Per cell, what withholding it costs (its published value). Never read for cells that are suppressed from the start. */
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

/** Lookup of cells by coordinates: mixed-radix keys, a flat array when the grid is not much larger than the answer. */
class CellIndex {
  readonly strides: Float64Array;
  /** The mixed-radix key of every cell. */
  readonly keys: Float64Array;
  /** Number of possible keys (product of the sizes). */
  readonly range: number;
  private readonly flat: Int32Array | undefined;
  private readonly map: Map<number, number> | undefined;

  constructor(table: SuppressionTable) {
    const k = table.dimensions;
    let stride = 1;
    this.strides = new Float64Array(k);
    for (let d = 0; d < k; d++) {
      this.strides[d] = stride;
      stride *= Math.max(table.sizes[d]!, 1);
    }
    if (stride > Number.MAX_SAFE_INTEGER) throw new RangeError('answer has too many distinct coordinates');
    this.range = stride;
    const n = table.cost.length;
    if (stride <= flatLimit(n)) this.flat = new Int32Array(stride).fill(-1);
    else this.map = new Map<number, number>();
    this.keys = new Float64Array(n);
    for (let cell = 0; cell < n; cell++) {
      let key = 0;
      for (let d = 0; d < k; d++) key += table.coords[cell * k + d]! * this.strides[d]!;
      if (this.at(key) >= 0) throw new Error('two cells with the same coordinates');
      if (this.flat) this.flat[key] = cell;
      else this.map!.set(key, cell);
      this.keys[cell] = key;
    }
  }

  at(key: number): number {
    return this.flat ? this.flat[key]! : (this.map!.get(key) ?? -1);
  }
}

/** Lines up to this long have their alternatives sorted by insertion. */
const INSERTION_SORT_MAX = 48;

function flatLimit(cells: number): number {
  return Math.max(1 << 16, 8 * cells);
}

/**
 * Lines: for each dimension d, the cells sharing every coordinate but d, numbered in order
 * of first appearance (d by d, cells in order), each line's cells in increasing order.
 * Line l holds cells[start[l] .. start[l + 1]).
 */
interface Lines {
  count: number;
  /** Lines along dimension d are first[d] .. first[d + 1] - 1. */
  first: Int32Array;
  start: Int32Array;
  cells: Int32Array;
  /** lineOf[cell * k + d]: the line of `cell` along dimension d. */
  lineOf: Int32Array;
}

function buildLines(table: SuppressionTable, index: CellIndex): Lines {
  const k = table.dimensions;
  const n = table.cost.length;
  const lineOf = new Int32Array(n * k);
  const lengths: number[] = [];
  const first = new Int32Array(k + 1);
  const flat = index.range <= flatLimit(n) ? new Int32Array(index.range) : undefined;
  for (let d = 0; d < k; d++) {
    first[d] = lengths.length;
    // Line ids of dimension d, by the key of the line's cell with coordinate 0 along d.
    const byKey = flat ? undefined : new Map<number, number>();
    if (flat) flat.fill(-1);
    const stride = index.strides[d]!;
    for (let cell = 0; cell < n; cell++) {
      const key = index.keys[cell]! - table.coords[cell * k + d]! * stride;
      let line = flat ? flat[key]! : (byKey!.get(key) ?? -1);
      if (line < 0) {
        line = lengths.length;
        lengths.push(0);
        if (flat) flat[key] = line;
        else byKey!.set(key, line);
      }
      lengths[line]! += 1;
      lineOf[cell * k + d] = line;
    }
  }
  const count = lengths.length;
  first[k] = count;
  const start = new Int32Array(count + 1);
  for (let l = 0; l < count; l++) start[l + 1] = start[l]! + lengths[l]!;
  const fill = start.slice(0, count);
  const cells = new Int32Array(n * k);
  for (let d = 0; d < k; d++) {
    for (let cell = 0; cell < n; cell++) {
      const line = lineOf[cell * k + d]!;
      cells[fill[line]!++] = cell;
    }
  }
  return { count, first, start, cells, lineOf };
}

export function complementarySuppression(table: SuppressionTable, primary: Uint8Array): ComplementaryResult {
  const k = table.dimensions;
  const n = table.cost.length;
  const suppressed = Uint8Array.from(primary);
  if (k === 0 || n === 0) return { suppressed, added: 0, unboxable: 0 };

  const index = new CellIndex(table);
  const lines = buildLines(table, index);
  const { start: lineStart, cells: lineCells, lineOf } = lines;
  const coords = table.coords;
  const strides = index.strides;
  const keys = index.keys;
  const cost = table.cost;
  const unboxable = new Uint8Array(n);
  const covered = new Uint8Array(n);
  // Per line: how many of its cells are withheld, and which (a bitset over the line's
  // coordinate: bit c of line l is bits[bitStart[l] + (c >>> 5)] & (1 << (c & 31))).
  const withheldCount = new Int32Array(lines.count);
  const words = table.sizes.map((size) => Math.max(1, Math.ceil(size / 32)));
  const bitStart = new Int32Array(lines.count + 1);
  for (let d = 0; d < k; d++) {
    for (let l = lines.first[d]!; l < lines.first[d + 1]!; l++) bitStart[l + 1] = bitStart[l]! + words[d]!;
  }
  const bits = new Int32Array(bitStart[lines.count]!);
  const mark = (cell: number): void => {
    for (let d = 0; d < k; d++) {
      const line = lineOf[cell * k + d]!;
      const c = coords[cell * k + d]!;
      bits[bitStart[line]! + (c >>> 5)]! |= 1 << (c & 31);
      withheldCount[line]! += 1;
    }
  };
  // Stack of withheld cells still to cover (each cell enters at most once: when it becomes withheld).
  const queue = new Int32Array(n);
  let queued = 0;
  for (let cell = 0; cell < n; cell++) {
    if (suppressed[cell]) {
      queue[queued++] = cell;
      mark(cell);
    }
  }

  const withhold = (cell: number): void => {
    if (!suppressed[cell]) {
      suppressed[cell] = 1;
      mark(cell);
      queue[queued++] = cell;
    }
  };
  const price = (cell: number): number => (suppressed[cell] ? 0 : cost[cell]!);

  // Scratch space for the box search. Corner `m` of a box takes, along dimension d,
  // the chosen alternative value when bit d of m is set and the cell's own value otherwise.
  const corners = 1 << k;
  const box = new Int32Array(corners);
  const bestBox = new Int32Array(corners);
  const deltas = new Float64Array(k);
  // The alternatives along each dimension: alternatives[altStart[d] .. altStart[d] + altCount[d]).
  let longest = 0;
  for (let l = 0; l < lines.count; l++) longest = Math.max(longest, lineStart[l + 1]! - lineStart[l]!);
  const alternatives = new Int32Array(k * longest);
  const altStart = new Int32Array(k);
  const altCount = new Int32Array(k);
  for (let d = 0; d < k; d++) altStart[d] = d * longest;

  // State of the current search (see searchBox).
  let searchCell = 0;
  let searchBase = 0;
  let best = 0;
  let found = false;

  const search = (d: number, partial: number): void => {
    if (d === k) {
      best = partial;
      found = true;
      bestBox.set(box);
      return;
    }
    const from = altStart[d]!;
    const to = from + altCount[d]!;
    const own = coords[searchCell * k + d]!;
    const stride = strides[d]!;
    const high = 1 << d;
    for (let i = from; i < to; i++) {
      const alt = alternatives[i]!;
      const axis = price(alt);
      if (partial + axis >= best) break; // sorted by axis price
      deltas[d] = (coords[alt * k + d]! - own) * stride;
      let total = partial;
      let ok = true;
      for (let low = 0; low < high && ok; low++) {
        let key = searchBase + deltas[d]!;
        for (let e = 0; e < d; e++) if (low & (1 << e)) key += deltas[e]!;
        const corner = index.at(key);
        if (corner < 0) ok = false;
        else {
          total += price(corner);
          box[high | low] = corner;
          if (total >= best) ok = false;
        }
      }
      if (ok) search(d + 1, total);
      if (found && best === 0) return;
    }
  };

  /**
   * Depth-first search for the cheapest all-present box with `cell` as corner 0, choosing
   * one of the prepared alternatives per dimension (sorted by price); corners are priced as
   * soon as they are fixed, so a partial box already as dear as the best one is abandoned,
   * and of equally cheap boxes the first found is kept.
   */
  const searchBox = (cell: number): boolean => {
    searchCell = cell;
    searchBase = keys[cell]!;
    box[0] = cell;
    best = Infinity;
    found = false;
    search(0, 0);
    return found;
  };

  /*
   * Whether `cell` is already a corner of an all-withheld box, by the line bitsets. The two
   * largest dimensions are matched last, a machine word of coordinates at a time: with the
   * alternatives of the other dimensions fixed (corners[0 .. count)), the box closes iff for
   * some alternative y along P and z along L every corner, moved to y along P and/or to z
   * along L, is withheld. Which such box is found does not matter: `covered` only records
   * that a cell has one, and since cells are never released it keeps one; what is withheld
   * depends only on whether one exists (then nothing is withheld), never on which.
   */
  const byLength = Array.from({ length: k }, (_, d) => d).sort((a, b) => table.sizes[b]! - table.sizes[a]! || a - b);
  const dimL = byLength[0]!;
  const dimP = k > 1 ? byLength[1]! : -1;
  const others = byLength.slice(2).sort((a, b) => a - b);
  const wordsL = words[dimL]!;
  const wordsP = k > 1 ? words[dimP]! : 0;
  const cornerCells = new Int32Array(1 << Math.max(0, k - 2));
  const common = new Int32Array(wordsL);
  const movedLines = new Int32Array(cornerCells.length);
  let checked = 0; // the cell being checked

  /** Marks the box: corners moved to y along P (if any) and/or to z along L. */
  const markCovered = (count: number, deltaP: number, deltaL: number): void => {
    for (let i = 0; i < count; i++) {
      const key = keys[cornerCells[i]!]!;
      covered[cornerCells[i]!] = 1;
      covered[index.at(key + deltaL)] = 1;
      if (dimP >= 0) {
        covered[index.at(key + deltaP)] = 1;
        covered[index.at(key + deltaP + deltaL)] = 1;
      }
    }
  };

  const closeBox = (count: number): boolean => {
    const ownL = coords[checked * k + dimL]!;
    let any = 0;
    for (let w = 0; w < wordsL; w++) {
      let word = -1;
      for (let i = 0; i < count; i++) word &= bits[bitStart[lineOf[cornerCells[i]! * k + dimL]!]! + w]!;
      if (w === ownL >>> 5) word &= ~(1 << (ownL & 31));
      common[w] = word;
      any |= word;
    }
    if (any === 0) return false;
    if (dimP < 0) {
      markCovered(count, 0, (lowestBit(common, wordsL) - ownL) * strides[dimL]!);
      return true;
    }
    const ownP = coords[checked * k + dimP]!;
    for (let w = 0; w < wordsP; w++) {
      let word = -1;
      for (let i = 0; i < count; i++) word &= bits[bitStart[lineOf[cornerCells[i]! * k + dimP]!]! + w]!;
      if (w === ownP >>> 5) word &= ~(1 << (ownP & 31));
      while (word !== 0) {
        const low = word & -word;
        word ^= low;
        const deltaP = (w * 32 + 31 - Math.clz32(low) - ownP) * strides[dimP]!;
        // Every corner moved to y along P is withheld (bit set in its P line): its L line.
        for (let i = 0; i < count; i++) movedLines[i] = lineOf[index.at(keys[cornerCells[i]!]! + deltaP) * k + dimL]!;
        for (let v = 0; v < wordsL; v++) {
          let z = common[v]!;
          for (let i = 0; i < count && z !== 0; i++) z &= bits[bitStart[movedLines[i]!]! + v]!;
          if (z !== 0) {
            markCovered(count, deltaP, (v * 32 + 31 - Math.clz32(z & -z) - ownL) * strides[dimL]!);
            return true;
          }
        }
      }
    }
    return false;
  };

  const chooseOthers = (j: number, count: number): boolean => {
    if (j === others.length) return closeBox(count);
    const d = others[j]!;
    const line = lineOf[checked * k + d]!;
    const own = coords[checked * k + d]!;
    const from = bitStart[line]!;
    for (let w = 0; w < words[d]!; w++) {
      let word = bits[from + w]!;
      if (w === own >>> 5) word &= ~(1 << (own & 31));
      while (word !== 0) {
        const low = word & -word;
        word ^= low;
        const delta = (w * 32 + 31 - Math.clz32(low) - own) * strides[d]!;
        let ok = true;
        for (let i = 0; i < count && ok; i++) {
          const moved = index.at(keys[cornerCells[i]!]! + delta);
          if (moved < 0 || !suppressed[moved]) ok = false;
          else cornerCells[count + i] = moved;
        }
        if (ok && chooseOthers(j + 1, 2 * count)) return true;
      }
    }
    return false;
  };

  const hasWithheldBox = (cell: number): boolean => {
    checked = cell;
    cornerCells[0] = cell;
    return chooseOthers(0, 1);
  };

  /** Makes `cell` a corner of an all-withheld box if any box of present cells exists. */
  const cover = (cell: number): void => {
    for (let d = 0; d < k; d++) {
      const line = lineOf[cell * k + d]!;
      if (lineStart[line + 1]! - lineStart[line]! < 2) {
        unboxable[cell] = 1;
        return;
      }
    }
    // Quick check: a box that is already entirely withheld.
    if (hasWithheldBox(cell)) return;
    // Cheapest completion: alternatives ordered by the price of the axis neighbour (then by cell).
    for (let d = 0; d < k; d++) {
      const line = lineOf[cell * k + d]!;
      const from = altStart[d]!;
      const length = lineStart[line + 1]! - lineStart[line]!;
      let count = 0;
      for (let i = lineStart[line]!; i < lineStart[line + 1]!; i++) {
        const other = lineCells[i]!;
        if (other === cell) continue;
        if (length > INSERTION_SORT_MAX) {
          alternatives[from + count++] = other;
          continue;
        }
        // Insertion into the sorted prefix (short lines).
        const p = price(other);
        let j = from + count++;
        while (j > from) {
          const previous = alternatives[j - 1]!;
          const q = price(previous);
          if (q < p || (q === p && previous < other)) break;
          alternatives[j] = previous;
          j--;
        }
        alternatives[j] = other;
      }
      if (length > INSERTION_SORT_MAX) alternatives.subarray(from, from + count).sort((a, b) => price(a) - price(b) || a - b);
      altCount[d] = count;
    }
    if (!searchBox(cell)) {
      unboxable[cell] = 1;
      return;
    }
    for (let m = 0; m < corners; m++) {
      withhold(bestBox[m]!);
      covered[bestBox[m]!] = 1;
    }
  };

  for (;;) {
    while (queued > 0) {
      const cell = queue[--queued]!;
      if (!covered[cell] && !unboxable[cell]) cover(cell);
    }
    // The line rule, for cells no box could cover: a line with exactly one suppressed cell
    // gets its smallest published cell suppressed too.
    let changed = false;
    for (let line = 0; line < lines.count; line++) {
      if (withheldCount[line] !== 1) continue;
      const from = lineStart[line]!;
      const to = lineStart[line + 1]!;
      if (to - from < 2) continue;
      let pick = -1;
      for (let i = from; i < to; i++) {
        const cell = lineCells[i]!;
        if (!suppressed[cell] && (pick < 0 || cost[cell]! < cost[pick]!)) pick = cell;
      }
      withhold(pick);
      changed = true;
    }
    if (!changed && queued === 0) break;
  }

  let added = 0;
  let unboxed = 0;
  for (let cell = 0; cell < n; cell++) {
    if (suppressed[cell] && !primary[cell]) added++;
    if (unboxable[cell]) unboxed++;
  }
  return { suppressed, added, unboxable: unboxed };
}

/** The lowest set bit of a bitset (which has one). */
function lowestBit(bitset: Int32Array, words: number): number {
  for (let w = 0; w < words; w++) {
    const word = bitset[w]!;
    if (word !== 0) return w * 32 + 31 - Math.clz32(word & -word);
  }
  return -1;
}
