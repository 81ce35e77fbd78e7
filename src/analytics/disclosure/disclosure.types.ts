/**
 * The shapes the disclosure-control engine takes and gives back. Framework-free:
 * the trends service maps its rollup rows to RawCell and ProtectedCell to TrendCell.
 */

/** One cell of one answer, as the rollups hold it (or as the caller summed them). */
export interface RawCell {
  /** The cell's coordinates. Only the keys named in `groupBy` matter; others are ignored. */
  dims: Record<string, string | null>;
  /** Number of reports in the cell (a report with two violation types counts in both cells). */
  count: number;
  /** Sum of the contributors' secret 32-bit recordKeys, unreduced. */
  keySum: bigint;
}

export interface DisclosureOptions {
  /** Cells whose true or published count is below this are suppressed. Default 10. */
  minimumCellSize?: number;
  /** Server secret for the keyed cell-key hash (at least 16 bytes). */
  secret: Buffer;
  /** Largest absolute perturbation; published counts are multiples of maxNoise + 1. Default 2. */
  maxNoise?: number;
  /**
   * Optional: every value each groupBy dimension can take in this answer (e.g. all
   * months of the range, all violation types of the filter). When given, the answer
   * is the full grid: a combination with no reports comes back withheld exactly
   * like a combination with 1 to 9, so the shape of the answer no longer tells
   * which combinations have reports. Without it, zero cells are absent and a
   * withheld cell proves that at least one report exists (see the docs).
   */
  domain?: Readonly<Record<string, readonly (string | null)[]>>;
}

export interface ProtectedCell {
  /** The `groupBy` coordinates of the cell (and nothing else). */
  dims: Record<string, string | null>;
  /** The perturbed count, or null when suppressed. Never below minimumCellSize. */
  count: number | null;
  suppressed: boolean;
}

export interface ProtectedAnswer {
  cells: ProtectedCell[];
  /** Number of cells with `suppressed: true` (primary and complementary). */
  suppressedCells: number;
}

export const DEFAULT_MINIMUM_CELL_SIZE = 10;
export const DEFAULT_MAX_NOISE = 2;
