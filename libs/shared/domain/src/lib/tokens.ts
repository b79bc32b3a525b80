import { assertNonNegative, assertPositive } from './checks';
import { type Estimate, Z_95 } from './estimate';

/** An idea's allocations reduced to what the estimate needs, so SQL can send `sum(t), sum(t*t)`. */
export interface TokenSummary {
  total: number;
  sumOfSquares: number;
}

/**
 * The tokens an idea was given, one allocation per voter. The total is the score; its interval
 * treats the voters who gave tokens as a Poisson stream of allocations, so the total varies by
 * z·√(Σ allocation²): one voter's 10 tokens are less certain than ten voters' 1 token each.
 */
export function tokenTotalEstimate(allocations: readonly number[] | TokenSummary, z: number = Z_95): Estimate {
  assertPositive('z', z);
  const { total, sumOfSquares } = Array.isArray(allocations)
    ? summariseTokens(allocations)
    : (allocations as TokenSummary);
  assertNonNegative('tokens', total);
  assertNonNegative('squared tokens', sumOfSquares);
  const spread = z * Math.sqrt(sumOfSquares);
  return { score: total, lower: Math.max(0, total - spread), upper: total + spread };
}

function summariseTokens(allocations: readonly number[]): TokenSummary {
  let total = 0;
  let sumOfSquares = 0;
  for (const tokens of allocations) {
    assertNonNegative('tokens', tokens);
    total += tokens;
    sumOfSquares += tokens * tokens;
  }
  return { total, sumOfSquares };
}
