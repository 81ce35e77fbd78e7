import { CELL_KEY_RANGE } from './cell-key';

/**
 * Cell-key perturbation table: unbiased random rounding to base b = maxNoise + 1,
 * with the randomness taken from the cell key (so it is the same every time the
 * same contributors form a cell).
 *
 * For a true count n, let r = n mod b. The published value is
 *
 *   n - r        (round down)  when cellKey / 2^32 <  (b - r) / b
 *   n - r + b    (round up)    otherwise
 *
 * so the noise is -r with probability (b - r)/b and b - r with probability r/b:
 * it is exactly zero-mean, bounded by maxNoise, and every published value is a
 * multiple of b. For maxNoise = 2 (b = 3):
 *
 *   n mod 3 | noise (probability)        | variance
 *   --------|----------------------------|---------
 *      0    |  0 (1)                     |   0
 *      1    | -1 (2/3), +2 (1/3)         |   2
 *      2    | -2 (1/3), +1 (2/3)         |   2
 *
 * Why rounding rather than additive noise on every integer: a researcher who
 * differences two cells that differ by one report sees the two published values
 * coincide far more often (for b = 3, 59% of the time, against 16% for uniform
 * noise in [-2, 2]), and the variance is lower (4/3 against 2). See
 * docs/disclosure-control.md.
 */
export function perturbationBase(maxNoise: number): number {
  if (!Number.isSafeInteger(maxNoise) || maxNoise < 0 || maxNoise > 100) {
    throw new RangeError('maxNoise must be an integer between 0 and 100');
  }
  return maxNoise + 1;
}

/** The noise added to a true count `count` whose cell key is `key` (uniform uint32). */
export function cellKeyNoise(count: number, key: number, maxNoise: number): number {
  const base = perturbationBase(maxNoise);
  const r = count % base;
  if (r === 0) return 0;
  // Round down with probability (b - r) / b, compared in integers to avoid float edges.
  return key * base < (base - r) * CELL_KEY_RANGE ? -r : base - r;
}

/** The published (perturbed) count for a true count and its cell key. */
export function perturbedCount(count: number, key: number, maxNoise: number): number {
  return count + cellKeyNoise(count, key, maxNoise);
}

/** One row of the perturbation table, for documentation and tests. */
export interface PerturbationRow {
  residue: number;
  outcomes: { noise: number; probability: number }[];
}

/** The full table for a given maxNoise (one row per residue n mod b). */
export function perturbationTable(maxNoise: number): PerturbationRow[] {
  const base = perturbationBase(maxNoise);
  const rows: PerturbationRow[] = [];
  for (let r = 0; r < base; r++) {
    rows.push({
      residue: r,
      outcomes:
        r === 0
          ? [{ noise: 0, probability: 1 }]
          : [
              { noise: -r, probability: (base - r) / base },
              { noise: base - r, probability: r / base },
            ],
    });
  }
  return rows;
}
