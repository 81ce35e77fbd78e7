/**
 * Primary (small-cell) suppression. A cell is withheld when its true count is
 * below the minimum (so a published cell always stands for at least
 * `minimumCellSize` reports) or when its perturbed count is (so no published
 * value is ever below the minimum). Because the perturbation is random, cells
 * just above the minimum are withheld some of the time, which blurs the
 * threshold: seeing a cell switch from withheld to published does not tell
 * that it crossed exactly `minimumCellSize`.
 */
export function isPrimarySuppressed(trueCount: number, published: number, minimumCellSize: number): boolean {
  return trueCount < minimumCellSize || published < minimumCellSize;
}
