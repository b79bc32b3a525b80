import * as fc from 'fast-check';
import { supportCountEstimate, supportRateEstimate } from './support';
import { wilsonInterval } from './wilson';

const count = fc.nat({ max: 100_000 });

describe('supportRateEstimate', () => {
  it('scores the Wilson lower bound of supports among exposures', () => {
    const interval = wilsonInterval(5, 15);
    expect(supportRateEstimate(5, 20)).toEqual({ score: interval.lower, ...interval });
  });

  it('counts a support from someone not recorded as shown the idea as an exposure', () => {
    expect(supportRateEstimate(7, 4)).toEqual(supportRateEstimate(7, 7));
  });

  it('puts the same rate on more exposures higher', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 100 }), (supports, percent) => {
        const exposures = Math.ceil((supports * 100) / Math.max(percent, 1));
        expect(supportRateEstimate(supports * 2, exposures * 2).score).toBeGreaterThan(
          supportRateEstimate(supports, exposures).score,
        );
      }),
    );
  });

  it('ranks an idea shown less often by its rate, not its count', () => {
    // 30 of 40 people supported the first idea, 60 of 400 the second.
    expect(supportRateEstimate(30, 40).score).toBeGreaterThan(supportRateEstimate(60, 400).score);
  });
});

describe('supportCountEstimate', () => {
  it('scores the count, with an interval that is not empty at 0', () => {
    expect(supportCountEstimate(0)).toEqual({ score: 0, lower: 0, upper: 1.96 ** 2 });
    const estimate = supportCountEstimate(100);
    expect(estimate.score).toBe(100);
    expect(estimate.lower).toBeCloseTo(82.2, 1);
    expect(estimate.upper).toBeCloseTo(121.6, 1);
  });

  it('holds the count and rises with it', () => {
    fc.assert(
      fc.property(count, (supports) => {
        const estimate = supportCountEstimate(supports);
        const next = supportCountEstimate(supports + 1);
        expect(0 <= estimate.lower && estimate.lower <= supports && supports <= estimate.upper).toBe(true);
        expect(next.lower).toBeGreaterThan(estimate.lower - 1e-9);
        expect(next.upper).toBeGreaterThan(estimate.upper);
      }),
    );
  });
});
