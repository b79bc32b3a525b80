import { assertNonNegative, assertPositive } from './checks';
import { type Estimate, Z_95 } from './estimate';

export const LOWEST_STARS = 1;
export const HIGHEST_STARS = 5;

/** Star ratings reduced to what the estimate needs, so SQL can send `count(*), sum(r), sum(r*r)`. */
export interface RatingSummary {
  count: number;
  sum: number;
  sumOfSquares: number;
}

/**
 * What an idea's rating is believed to be before anyone rated it: `weight` virtual ratings with
 * this mean and variance.
 */
export interface RatingPrior {
  mean: number;
  variance: number;
  weight: number;
}

/** The middle of the scale, the variance of ratings spread evenly over 1–5, worth 5 ratings. */
export const DEFAULT_RATING_PRIOR: RatingPrior = { mean: 3, variance: 2, weight: 5 };

export function summariseRatings(ratings: readonly number[]): RatingSummary {
  let sum = 0;
  let sumOfSquares = 0;
  for (const stars of ratings) {
    if (!(stars >= LOWEST_STARS && stars <= HIGHEST_STARS)) {
      throw new RangeError(`a rating must be ${LOWEST_STARS}–${HIGHEST_STARS} stars, got ${stars}`);
    }
    sum += stars;
    sumOfSquares += stars * stars;
  }
  return { count: ratings.length, sum, sumOfSquares };
}

/**
 * The prior a challenge's ratings suggest: their mean and variance over all its ideas, so an idea
 * with few ratings starts where a typical idea of this challenge stands. No ratings: the default.
 */
export function ratingPrior(challenge: RatingSummary, weight: number = DEFAULT_RATING_PRIOR.weight): RatingPrior {
  assertNonNegative('count', challenge.count);
  if (challenge.count === 0) return { ...DEFAULT_RATING_PRIOR, weight };
  const mean = challenge.sum / challenge.count;
  return { mean, variance: Math.max(0, challenge.sumOfSquares / challenge.count - mean * mean), weight };
}

/**
 * The Bayesian average `(C·m + Σ ratings) / (C + n)` with its interval. The prior counts as `C`
 * ratings of mean `m` and variance `prior.variance`; the spread of an idea's ratings and their
 * distance from the prior mean widen the interval (the normal–inverse-gamma update), which is
 * normal with standard error `σ / √(C + n)` and kept on the star scale.
 */
export function bayesianAverage(
  idea: RatingSummary,
  prior: RatingPrior = DEFAULT_RATING_PRIOR,
  z: number = Z_95,
): Estimate {
  assertNonNegative('count', idea.count);
  assertNonNegative('prior weight', prior.weight);
  assertNonNegative('prior variance', prior.variance);
  assertPositive('z', z);
  const n = idea.count;
  const weight = prior.weight + n;
  if (weight === 0) throw new RangeError('an idea without ratings needs a prior weight > 0');
  const score = (prior.weight * prior.mean + idea.sum) / weight;
  const ideaMean = n === 0 ? prior.mean : idea.sum / n;
  const squaredDeviations = n === 0 ? 0 : Math.max(0, idea.sumOfSquares - idea.sum * ideaMean);
  const conflict = (prior.weight * n * (ideaMean - prior.mean) ** 2) / weight;
  const variance = (prior.weight * prior.variance + squaredDeviations + conflict) / weight;
  const spread = z * Math.sqrt(variance / weight);
  return {
    score,
    lower: Math.min(score, Math.max(LOWEST_STARS, score - spread)),
    upper: Math.max(score, Math.min(HIGHEST_STARS, score + spread)),
  };
}
