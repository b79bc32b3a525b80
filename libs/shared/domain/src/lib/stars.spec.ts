import * as fc from 'fast-check';
import { bayesianAverage, DEFAULT_RATING_PRIOR, ratingPrior, summariseRatings } from './stars';

const stars = fc.integer({ min: 1, max: 5 });
const prior = fc.record({
  mean: fc.double({ min: 1, max: 5, noNaN: true }),
  variance: fc.double({ min: 0, max: 4, noNaN: true }),
  weight: fc.double({ min: 0.5, max: 50, noNaN: true }),
});

describe('bayesianAverage', () => {
  it('is (C·m + Σ ratings) / (C + n)', () => {
    expect(bayesianAverage(summariseRatings([5, 5])).score).toBeCloseTo((5 * 3 + 10) / 7, 12);
    expect(bayesianAverage(summariseRatings([4, 2, 5]), { mean: 3.5, variance: 1, weight: 2 }).score).toBeCloseTo(
      (2 * 3.5 + 11) / 5,
      12,
    );
  });

  it('gives an idea nobody rated the prior mean and the prior uncertainty', () => {
    const estimate = bayesianAverage(summariseRatings([]));
    expect(estimate.score).toBe(3);
    expect(estimate.lower).toBeCloseTo(3 - 1.96 * Math.sqrt(2 / 5), 12);
    expect(estimate.upper).toBeCloseTo(3 + 1.96 * Math.sqrt(2 / 5), 12);
  });

  it('lies between the prior mean and the mean of the ratings', () => {
    fc.assert(
      fc.property(fc.array(stars, { minLength: 1, maxLength: 300 }), prior, (ratings, belief) => {
        const { score } = bayesianAverage(summariseRatings(ratings), belief);
        const mean = ratings.reduce((sum, value) => sum + value, 0) / ratings.length;
        const tolerance = 1e-9;
        expect(score).toBeGreaterThanOrEqual(Math.min(mean, belief.mean) - tolerance);
        expect(score).toBeLessThanOrEqual(Math.max(mean, belief.mean) + tolerance);
      }),
    );
  });

  it('holds its score within an interval on the star scale', () => {
    fc.assert(
      fc.property(fc.array(stars, { maxLength: 300 }), prior, (ratings, belief) => {
        const { score, lower, upper } = bayesianAverage(summariseRatings(ratings), belief);
        expect(1 <= lower && lower <= score && score <= upper && upper <= 5).toBe(true);
      }),
    );
  });

  it('rises with a 5-star rating and narrows as the same ratings repeat', () => {
    fc.assert(
      fc.property(fc.array(stars, { minLength: 1, maxLength: 100 }), (ratings) => {
        const before = bayesianAverage(summariseRatings(ratings));
        expect(bayesianAverage(summariseRatings([...ratings, 5])).score).toBeGreaterThanOrEqual(before.score);
        const repeated = bayesianAverage(summariseRatings([...ratings, ...ratings, ...ratings, ...ratings]));
        expect(repeated.upper - repeated.lower).toBeLessThan(before.upper - before.lower);
      }),
    );
  });

  it('is less sure of an idea that splits opinion', () => {
    const divided = bayesianAverage(summariseRatings([1, 5, 1, 5, 1, 5, 1, 5]));
    const agreed = bayesianAverage(summariseRatings([3, 3, 3, 3, 3, 3, 3, 3]));
    expect(divided.score).toBe(agreed.score);
    expect(divided.upper - divided.lower).toBeGreaterThan(agreed.upper - agreed.lower);
  });
});

describe('summariseRatings', () => {
  it('refuses ratings off the scale', () => {
    expect(() => summariseRatings([3, 6])).toThrow(RangeError);
    expect(() => summariseRatings([0])).toThrow(RangeError);
  });
});

describe('ratingPrior', () => {
  it("takes the mean and variance of the challenge's ratings", () => {
    expect(ratingPrior(summariseRatings([2, 4, 4, 4, 5, 5, 3, 5]))).toEqual({ mean: 4, variance: 1, weight: 5 });
    expect(ratingPrior(summariseRatings([1, 3]), 10)).toEqual({ mean: 2, variance: 1, weight: 10 });
  });

  it('falls back to the default without ratings', () => {
    expect(ratingPrior(summariseRatings([]))).toEqual(DEFAULT_RATING_PRIOR);
  });
});
