import * as fc from 'fast-check';
import type { Estimate } from './estimate';
import { rankWithUncertainty } from './rank-ranges';

const estimate = fc
  .tuple(
    fc.double({ min: 0, max: 100, noNaN: true }),
    fc.double({ min: 0, max: 20, noNaN: true }),
    fc.double({ min: 0, max: 20, noNaN: true }),
  )
  .map(([score, below, above]): Estimate => ({ score, lower: score - below, upper: score + above }));
const ideas = fc.array(estimate, { maxLength: 40 });

describe('rankWithUncertainty', () => {
  it('orders by score and ranks apart only ideas whose intervals do not overlap', () => {
    const ranked = rankWithUncertainty(
      [
        { id: 'b', score: 60, lower: 50, upper: 70 },
        { id: 'a', score: 90, lower: 85, upper: 95 },
        { id: 'c', score: 55, lower: 45, upper: 65 },
        { id: 'd', score: 10, lower: 5, upper: 15 },
      ],
      2,
    );
    expect(ranked.map(({ id, rank, bestRank, worstRank, topK }) => ({ id, rank, bestRank, worstRank, topK }))).toEqual([
      { id: 'a', rank: 1, bestRank: 1, worstRank: 1, topK: 'certain' },
      { id: 'b', rank: 2, bestRank: 2, worstRank: 3, topK: 'possible' },
      { id: 'c', rank: 3, bestRank: 2, worstRank: 3, topK: 'possible' },
      { id: 'd', rank: 4, bestRank: 4, worstRank: 4, topK: 'out' },
    ]);
  });

  it('shares a rank between ties', () => {
    const tie = { score: 5, lower: 5, upper: 5 };
    expect(
      rankWithUncertainty([tie, tie], 1).map(({ rank, bestRank, worstRank }) => [rank, bestRank, worstRank]),
    ).toEqual([
      [1, 1, 2],
      [1, 1, 2],
    ]);
  });

  it('keeps the exact rank within the range, and the range within the list', () => {
    fc.assert(
      fc.property(ideas, fc.integer({ min: 1, max: 10 }), (scores, k) => {
        for (const idea of rankWithUncertainty(scores, k)) {
          expect(1 <= idea.bestRank && idea.bestRank <= idea.rank).toBe(true);
          expect(idea.rank <= idea.worstRank && idea.worstRank <= scores.length).toBe(true);
        }
      }),
    );
  });

  it('is certain of at most k ideas and counts every idea ranked within k as possible', () => {
    fc.assert(
      fc.property(ideas, fc.integer({ min: 1, max: 10 }), (scores, k) => {
        const ranked = rankWithUncertainty(scores, k);
        expect(ranked.filter((idea) => idea.topK === 'certain').length).toBeLessThanOrEqual(k);
        for (const idea of ranked.filter((idea) => idea.rank <= k)) expect(idea.topK).not.toBe('out');
      }),
    );
  });

  it('gives exact ranks when nothing is uncertain', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { maxLength: 40 }), (values) => {
        for (const idea of rankWithUncertainty(
          values.map((score) => ({ score, lower: score, upper: score })),
          3,
        )) {
          expect([idea.bestRank, idea.worstRank]).toEqual([idea.rank, idea.rank]);
        }
      }),
    );
  });

  it('refuses a score outside its interval and a k below 1', () => {
    expect(() => rankWithUncertainty([{ score: 5, lower: 6, upper: 7 }], 1)).toThrow(RangeError);
    expect(() => rankWithUncertainty([], 0)).toThrow(RangeError);
  });
});
