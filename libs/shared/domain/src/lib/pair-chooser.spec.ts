import * as fc from 'fast-check';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { chooseNextPair, type PairCandidate, pairKey } from './pair-chooser';

function seeded(seed: number): () => number {
  const generator = xoroshiro128plus(seed);
  return () => uniformFloat64(generator);
}

const candidates = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    comparisons: fc.nat({ max: 500 }),
    strength: fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
  }),
  { selector: (candidate) => candidate.id, maxLength: 12 },
);

/** How often each unordered pair comes up in `draws` picks. */
function tallyPairs(pool: readonly PairCandidate[], draws: number, seed: number): Map<string, number> {
  const random = seeded(seed);
  const counts = new Map<string, number>();
  for (let draw = 0; draw < draws; draw++) {
    const pair = chooseNextPair(pool, random);
    if (pair === null) throw new Error('no pair');
    const key = pairKey(...pair);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('pairKey', () => {
  it('names a pair the same in either order', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => expect(pairKey(a, b)).toBe(pairKey(b, a))));
  });
});

describe('chooseNextPair', () => {
  it('offers two different ideas, never a pair seen before, until none is left', () => {
    fc.assert(
      fc.property(candidates, fc.integer(), (pool, seed) => {
        const random = seeded(seed);
        const ids = new Set(pool.map((candidate) => candidate.id));
        const seen = new Set<string>();
        const allPairs = (pool.length * (pool.length - 1)) / 2;
        for (let shown = 0; shown < allPairs; shown++) {
          const pair = chooseNextPair(pool, random, seen);
          if (pair === null) throw new Error(`no pair after ${shown} of ${allPairs}`);
          const [a, b] = pair;
          expect(a).not.toBe(b);
          expect(ids.has(a) && ids.has(b)).toBe(true);
          expect(seen.has(pairKey(a, b))).toBe(false);
          seen.add(pairKey(a, b));
        }
        expect(chooseNextPair(pool, random, seen)).toBeNull();
      }),
    );
  });

  it('offers no pair with fewer than two ideas', () => {
    expect(chooseNextPair([], Math.random)).toBeNull();
    expect(chooseNextPair([{ id: 'a', comparisons: 0, strength: 1 }], Math.random)).toBeNull();
  });

  it('favours ideas compared least', () => {
    const pool = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, comparisons: 100, strength: 1 }));
    pool.push({ id: 'new', comparisons: 0, strength: 1 });
    const withNew = [...tallyPairs(pool, 1000, 1)]
      .filter(([key]) => key.split('\u0000').includes('new'))
      .reduce((sum, [, count]) => sum + count, 0);
    // Without favour the new idea would be in 2 of 7 pairs; compared 0 times against 100 it is in nearly all.
    expect(withNew).toBeGreaterThan(900);
  });

  it('favours close calls', () => {
    const pool = [
      { id: 'a', comparisons: 10, strength: 1 },
      { id: 'close', comparisons: 10, strength: 1.2 },
      { id: 'far', comparisons: 10, strength: 30 },
    ];
    const counts = tallyPairs(pool, 1000, 2);
    expect(counts.get(pairKey('a', 'close')) ?? 0).toBeGreaterThan(2 * (counts.get(pairKey('a', 'far')) ?? 0));
  });

  it('shows either idea first as often', () => {
    const random = seeded(3);
    const pool = [
      { id: 'a', comparisons: 0, strength: 1 },
      { id: 'b', comparisons: 0, strength: 1 },
    ];
    const aFirst = Array.from({ length: 1000 }, () => chooseNextPair(pool, random)?.[0]).filter((id) => id === 'a');
    expect(aFirst.length).toBeGreaterThan(430);
    expect(aFirst.length).toBeLessThan(570);
  });

  it('refuses strengths and counts it cannot weigh', () => {
    expect(() => chooseNextPair([{ id: 'a', comparisons: 0, strength: 0 }], Math.random)).toThrow(RangeError);
    expect(() => chooseNextPair([{ id: 'a', comparisons: -1, strength: 1 }], Math.random)).toThrow(RangeError);
  });
});
