import { assertNonNegative, assertPositive } from './checks';
import { type Estimate, Z_95 } from './estimate';

/**
 * The tokens an idea was given, one allocation per voter. The total is the score; its interval
 * treats the voters who gave tokens as a Poisson stream of allocations, so the total varies by
 * z·√(Σ allocation²): one voter's 10 tokens are less certain than ten voters' 1 token each.
 */
export function tokenTotalEstimate(allocations: readonly number[], z: number = Z_95): Estimate {
  assertPositive('z', z);
  let total = 0;
  let sumOfSquares = 0;
  for (const tokens of allocations) {
    assertNonNegative('tokens', tokens);
    total += tokens;
    sumOfSquares += tokens * tokens;
  }
  const spread = z * Math.sqrt(sumOfSquares);
  return { score: total, lower: Math.max(0, total - spread), upper: total + spread };
}
