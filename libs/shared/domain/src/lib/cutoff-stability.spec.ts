import * as fc from 'fast-check';
import { cutoffStability } from './cutoff-stability';

describe('cutoffStability', () => {
  const ideas = [
    { ideaId: 'clear winner', scores: [90, 92, 88] },
    { ideaId: 'borderline high', scores: [80, 45, 75] },
    { ideaId: 'borderline low', scores: [70, 50, 72] },
    { ideaId: 'clear loser', scores: [20, 25, 22] },
  ];

  it('is sure of ideas far from the cut-off and unsure of those near it', () => {
    const chances = cutoffStability(ideas, 2);
    expect(chances.map((idea) => idea.selected)).toEqual([true, true, false, false]);
    expect(chances[0].probability).toBe(1);
    expect(chances[3].probability).toBe(0);
    for (const idea of chances.slice(1, 3)) {
      expect(idea.probability).toBeGreaterThan(0.2);
      expect(idea.probability).toBeLessThan(0.8);
    }
    expect(chances[1].mean).toBeCloseTo(200 / 3, 12);
  });

  it('gives the same figures for the same seed, and shares the top places out among the ideas', () => {
    const scores = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(scores, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer(),
        (lists, top, seed) => {
          const input = lists.map((list, i) => ({ ideaId: `i${i}`, scores: list }));
          const chances = cutoffStability(input, top, { resamples: 50, seed });
          expect(cutoffStability(input, top, { resamples: 50, seed })).toEqual(chances);
          const total = chances.reduce((sum, idea) => sum + idea.probability, 0);
          expect(total).toBeCloseTo(Math.min(top, input.length), 9);
          expect(chances.filter((idea) => idea.selected)).toHaveLength(Math.min(top, input.length));
          for (const idea of chances) expect(idea.probability >= 0 && idea.probability <= 1).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('shares a place between ideas tied at the cut-off, and selects the first listed', () => {
    const tied = [
      { ideaId: 'a', scores: [60, 60] },
      { ideaId: 'b', scores: [60] },
      { ideaId: 'c', scores: [10] },
    ];
    expect(cutoffStability(tied, 1)).toEqual([
      { ideaId: 'a', mean: 60, selected: true, probability: 0.5 },
      { ideaId: 'b', mean: 60, selected: false, probability: 0.5 },
      { ideaId: 'c', mean: 10, selected: false, probability: 0 },
    ]);
  });

  it('selects every idea when the cut-off leaves none out', () => {
    expect(cutoffStability(ideas, 10).every((idea) => idea.selected && idea.probability === 1)).toBe(true);
  });

  it('refuses what it cannot resample', () => {
    expect(() => cutoffStability(ideas, 0)).toThrow(RangeError);
    expect(() => cutoffStability([{ ideaId: 'empty', scores: [] }], 1)).toThrow(RangeError);
    expect(() => cutoffStability(ideas, 1, { resamples: 0 })).toThrow(RangeError);
  });
});
