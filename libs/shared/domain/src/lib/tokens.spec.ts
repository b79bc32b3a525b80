import * as fc from 'fast-check';
import { tokenTotalEstimate } from './tokens';

describe('tokenTotalEstimate', () => {
  it('scores the sum of tokens', () => {
    expect(tokenTotalEstimate([3, 1, 5]).score).toBe(9);
    expect(tokenTotalEstimate([])).toEqual({ score: 0, lower: 0, upper: 0 });
  });

  it('is less sure of one large allocation than of many small ones', () => {
    const oneVoter = tokenTotalEstimate([10]);
    const tenVoters = tokenTotalEstimate(new Array<number>(10).fill(1));
    expect(oneVoter.score).toBe(tenVoters.score);
    expect(oneVoter.upper - oneVoter.lower).toBeGreaterThan(tenVoters.upper - tenVoters.lower);
  });

  it('holds the total within a non-negative interval', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 100 }), { maxLength: 200 }), (allocations) => {
        const { score, lower, upper } = tokenTotalEstimate(allocations);
        expect(0 <= lower && lower <= score && score <= upper).toBe(true);
      }),
    );
  });

  it('refuses negative tokens', () => {
    expect(() => tokenTotalEstimate([2, -1])).toThrow(RangeError);
  });
});
