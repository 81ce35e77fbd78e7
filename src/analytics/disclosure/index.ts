/**
 * Disclosure control for trend answers (framework-free).
 *
 *   protectAnswer(cells: RawCell[], groupBy: string[], options: DisclosureOptions): ProtectedAnswer
 *
 * The trends service passes the raw cells of ONE answer, each with the `count`
 * and `keySum` (sum of the contributors' secret 32-bit recordKeys) it summed
 * from the rollups, and the names of the grouping dimensions. It gets back one
 * cell per coordinate with either a perturbed `count` (a multiple of
 * maxNoise + 1, never below minimumCellSize) or `count: null, suppressed: true`.
 *
 * - cell key: HMAC-SHA256(secret, count, keySum) truncated to 32 bits
 *   (cell-key.ts); same contributors, same key, whatever the query.
 * - perturbation: unbiased random rounding to base maxNoise + 1 driven by the
 *   cell key (cell-key-perturbation.ts, table documented there).
 * - primary suppression: true or perturbed count below minimumCellSize
 *   (small-cell-suppression.ts).
 * - complementary suppression: every withheld cell becomes a corner of an
 *   all-withheld box so no line or marginal total reveals it
 *   (complementary-suppression.ts).
 * - options: secret (>= 16 bytes, required), minimumCellSize (10), maxNoise (2),
 *   domain (optional, recommended: the values of each groupBy dimension; the
 *   answer is then the full grid and empty combinations are withheld like small
 *   ones instead of being absent).
 *
 * protectGrid is the same protection returned as typed arrays over the grid's axes,
 * for callers that build their own cell objects. passesSmallCellRule(options) tells
 * whether a cell of given count and keySum passes primary suppression (for a caller
 * choosing from the data which values an axis lists: by the perturbed total, never
 * the true one).
 *
 * Method and measured attack figures: docs/disclosure-control.md.
 */
export { passesSmallCellRule, protectAnswer, protectGrid, type ProtectedGrid } from './disclosure-control';
export {
  DEFAULT_MAX_NOISE,
  DEFAULT_MINIMUM_CELL_SIZE,
  type DisclosureOptions,
  type ProtectedAnswer,
  type ProtectedCell,
  type RawCell,
} from './disclosure.types';
export { cellKey } from './cell-key';
export { cellKeyNoise, perturbationTable, perturbedCount, type PerturbationRow } from './cell-key-perturbation';
