import * as fc from 'fast-check';
import { wilsonInterval, wilsonLowerBound } from './wilson';

const count = fc.nat({ max: 100_000 });

describe('wilsonInterval', () => {
  it('matches known values at 95%', () => {
    expect(wilsonLowerBound(5, 0)).toBeCloseTo(0.5655, 4);
    expect(wilsonLowerBound(1, 0)).toBeCloseTo(0.2065, 4);
    const interval = wilsonInterval(50, 50);
    expect(interval.lower).toBeCloseTo(0.4038, 4);
    expect(interval.upper).toBeCloseTo(0.5962, 4);
  });

  it('knows nothing without votes', () => {
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1 });
    expect(wilsonLowerBound(0, 0)).toBe(0);
  });

  it('holds the ratio of up votes within [0, 1]', () => {
    fc.assert(
      fc.property(count, count, (ups, downs) => {
        fc.pre(ups + downs > 0);
        const { lower, upper } = wilsonInterval(ups, downs);
        const ratio = ups / (ups + downs);
        expect(0 <= lower && lower <= ratio && ratio <= upper && upper <= 1).toBe(true);
      }),
    );
  });

  it('rises with an up vote and falls with a down vote', () => {
    fc.assert(
      fc.property(count, count, (ups, downs) => {
        expect(wilsonLowerBound(ups + 1, downs)).toBeGreaterThan(wilsonLowerBound(ups, downs));
        expect(wilsonLowerBound(ups, downs + 1)).toBeLessThanOrEqual(wilsonLowerBound(ups, downs));
      }),
    );
  });

  it('is the mirror image of the interval for down votes', () => {
    fc.assert(
      fc.property(count, count, (ups, downs) => {
        expect(wilsonInterval(ups, downs).lower).toBeCloseTo(1 - wilsonInterval(downs, ups).upper, 12);
      }),
    );
  });

  it('widens with the confidence asked for', () => {
    fc.assert(
      fc.property(count, count, (ups, downs) => {
        fc.pre(ups + downs > 0);
        expect(wilsonInterval(ups, downs, 2.58).lower).toBeLessThanOrEqual(wilsonInterval(ups, downs, 1.96).lower);
        expect(wilsonInterval(ups, downs, 2.58).upper).toBeGreaterThanOrEqual(wilsonInterval(ups, downs, 1.96).upper);
      }),
    );
  });

  it('refuses counts that are not counts', () => {
    expect(() => wilsonInterval(-1, 3)).toThrow(RangeError);
    expect(() => wilsonInterval(1, Number.NaN)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 1, 0)).toThrow(RangeError);
  });
});
