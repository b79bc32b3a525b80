/** Each criterion's weight as a whole percentage of all weights together (weights below zero count as zero). */
export function criterionShares(weights: readonly (number | null)[]): number[] {
  const positive = weights.map((weight) => Math.max(0, weight ?? 0));
  const total = positive.reduce((sum, weight) => sum + weight, 0);
  return positive.map((weight) => (total > 0 ? Math.round((weight / total) * 100) : 0));
}
