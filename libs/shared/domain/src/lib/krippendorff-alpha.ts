/**
 * How differences between two values count: `nominal` any difference fully, `ordinal` by how many
 * of all the values lie between them, `interval` by the squared difference, `ratio` by the squared
 * difference relative to their sum.
 */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** The values, each with how many pairable values equal it, ascending. */
interface ValueCounts {
  values: number[];
  counts: number[];
}

function countValues(units: readonly number[][]): ValueCounts {
  const counts = new Map<number, number>();
  for (const unit of units) for (const value of unit) counts.set(value, (counts.get(value) ?? 0) + 1);
  const values = [...counts.keys()].sort((a, b) => a - b);
  return { values, counts: values.map((value) => counts.get(value) ?? 0) };
}

/** δ²(c, k) for two values, given all pairable values when the metric needs them (ordinal). */
function squaredDifference(metric: AlphaMetric, all: ValueCounts): (c: number, k: number) => number {
  switch (metric) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      return (c, k) => (c - k) ** 2;
    case 'ratio':
      return (c, k) => (c === k ? 0 : ((c - k) / (c + k)) ** 2);
    case 'ordinal': {
      // The ranks' midpoints: Σ_{g ≤ c} n_g − n_c / 2; their difference is Σ_{g=c}^{k} n_g − (n_c + n_k) / 2.
      const midpoint = new Map<number, number>();
      let below = 0;
      all.values.forEach((value, i) => {
        midpoint.set(value, below + all.counts[i] / 2);
        below += all.counts[i];
      });
      return (c, k) => ((midpoint.get(c) ?? 0) - (midpoint.get(k) ?? 0)) ** 2;
    }
  }
}

/**
 * Krippendorff's alpha, the agreement among reviewers beyond what chance gives: 1 − D_o / D_e,
 * the disagreement observed within units over the disagreement expected between any two values.
 * 1 is perfect agreement, 0 no better than chance, below 0 systematic disagreement.
 *
 * `units` lists each unit's values (an idea's scores, one per reviewer, in any order); null and
 * undefined are missing values. Units with fewer than two values cannot be paired and are left
 * out. Null when fewer than two values can be paired or all paired values are equal, where
 * alpha is undefined. Follows Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability".
 */
export function krippendorffAlpha(
  units: readonly (readonly (number | null | undefined)[])[],
  metric: AlphaMetric = 'interval',
): number | null {
  const pairable: number[][] = [];
  for (const unit of units) {
    const values = unit.filter((value): value is number => value !== null && value !== undefined);
    for (const value of values)
      if (!Number.isFinite(value)) throw new RangeError(`a value must be finite, got ${value}`);
    if (metric === 'ratio' && values.some((value) => value < 0)) throw new RangeError('ratio values must be >= 0');
    if (values.length >= 2) pairable.push(values);
  }
  const all = countValues(pairable);
  const n = all.counts.reduce((sum, count) => sum + count, 0);
  if (n < 2) return null;
  const delta = squaredDifference(metric, all);

  // Observed: each ordered pair within a unit of m values weighs 1 / (m − 1), as in the coincidence matrix.
  let observed = 0;
  for (const unit of pairable) {
    let unitSum = 0;
    for (let a = 0; a < unit.length; a++) for (let b = a + 1; b < unit.length; b++) unitSum += delta(unit[a], unit[b]);
    observed += (2 * unitSum) / (unit.length - 1);
  }
  // Expected: over every ordered pair of distinct pairable values, n_c · n_k · δ²(c, k).
  let expected = 0;
  if (metric === 'interval') {
    // Σ_c Σ_k n_c n_k (c − k)² = 2n·Σ x² − 2(Σ x)², linear in the number of values; centred first
    // so the two terms do not cancel each other's digits.
    const centre = all.values.reduce((total, value, i) => total + all.counts[i] * value, 0) / n;
    let sum = 0;
    let sumOfSquares = 0;
    all.values.forEach((value, i) => {
      sum += all.counts[i] * (value - centre);
      sumOfSquares += all.counts[i] * (value - centre) ** 2;
    });
    expected = 2 * n * sumOfSquares - 2 * sum * sum;
  } else if (metric === 'nominal') {
    expected = n * n - all.counts.reduce((total, count) => total + count * count, 0);
  } else {
    for (let c = 0; c < all.values.length; c++) {
      for (let k = c + 1; k < all.values.length; k++) {
        expected += 2 * all.counts[c] * all.counts[k] * delta(all.values[c], all.values[k]);
      }
    }
  }
  if (!(expected > 0)) return null;
  return 1 - ((n - 1) * observed) / expected;
}
