import * as fc from 'fast-check';
import { fitBradleyTerry, type PairwiseJudgement, type PairwiseStrength } from './bradley-terry';

const IDEAS = ['a', 'b', 'c', 'd', 'e', 'f'];

const judgement = fc
  .record({
    winner: fc.constantFrom(...IDEAS),
    loser: fc.constantFrom(...IDEAS),
    undecided: fc.constantFrom(false, false, false, true),
  })
  .filter((j) => j.winner !== j.loser);
const judgements = fc.array(judgement, { maxLength: 60 });

function byId(strengths: readonly PairwiseStrength[]): Map<string, PairwiseStrength> {
  return new Map(strengths.map((strength) => [strength.id, strength]));
}

/** At the posterior mode each idea's expected wins, virtual games included, equal its wins + 1. */
function expectWinsAsExpected(ideas: readonly string[], seen: readonly PairwiseJudgement[]): void {
  const fitted = byId(fitBradleyTerry(ideas, seen));
  const strength = (id: string) => fitted.get(id)?.strength ?? Number.NaN;
  const expected = new Map(ideas.map((id) => [id, (2 * strength(id)) / (strength(id) + 1)]));
  for (const { winner, loser } of seen) {
    const chance = strength(winner) / (strength(winner) + strength(loser));
    expected.set(winner, (expected.get(winner) ?? 0) + chance);
    expected.set(loser, (expected.get(loser) ?? 0) + 1 - chance);
  }
  for (const id of ideas) expect(expected.get(id)).toBeCloseTo((fitted.get(id)?.wins ?? 0) + 1, 6);
}

describe('fitBradleyTerry', () => {
  it('leaves ideas nobody judged at the average', () => {
    for (const idea of fitBradleyTerry(IDEAS, [])) {
      expect(idea).toMatchObject({ strength: 1, score: 50, comparisons: 0, wins: 0 });
      expect(idea.lower).toBeLessThan(50);
      expect(idea.upper).toBeGreaterThan(50);
    }
  });

  it('fits one win as a finite lead', () => {
    const [a, b] = fitBradleyTerry(['a', 'b'], [{ winner: 'a', loser: 'b' }]);
    // With the prior's two virtual games each, a's expected wins equal its 1 + 1: γ²/(γ² + 1) + 2γ/(γ + 1) = 2.
    const g = a.strength;
    expect(g ** 2 / (g ** 2 + 1) + (2 * g) / (g + 1)).toBeCloseTo(2, 9);
    expect(b.strength).toBeCloseTo(1 / g, 9);
    expect(a.score).toBeCloseTo(74.2, 1);
    expect(a.score + b.score).toBeCloseTo(100, 9);
  });

  it('makes the expected wins of every idea equal its wins, prior included', () => {
    fc.assert(fc.property(judgements, (seen) => expectWinsAsExpected(IDEAS, seen)));
  });

  it('converges on a long chain of close calls, where plain MM steps crawl', () => {
    const chain = Array.from({ length: 60 }, (_, i) => `idea-${i}`);
    const seen = chain.slice(1).flatMap((loser, i) => [
      { winner: chain[i], loser },
      { winner: chain[i], loser },
      { winner: loser, loser: chain[i] },
    ]);
    expectWinsAsExpected(chain, seen);
  });

  it('does not depend on the names or the order of ideas and judgements', () => {
    fc.assert(
      fc.property(judgements, fc.func(fc.integer()), (seen, shuffleKey) => {
        const rename = (id: string) => `renamed-${id}`;
        const order = (items: readonly string[]) =>
          [...items].sort((x, y) => shuffleKey(x) - shuffleKey(y) || x.localeCompare(y));
        const original = byId(fitBradleyTerry(IDEAS, seen));
        const relabelled = byId(
          fitBradleyTerry(
            order(IDEAS).map(rename),
            [...seen].reverse().map((j) => ({ ...j, winner: rename(j.winner), loser: rename(j.loser) })),
          ),
        );
        for (const id of IDEAS) {
          expect(relabelled.get(rename(id))?.score).toBeCloseTo(original.get(id)?.score ?? Number.NaN, 6);
        }
      }),
    );
  });

  it('ranks an idea that won all its judgements above one that lost all of its', () => {
    fc.assert(
      fc.property(
        judgements,
        fc.array(fc.constantFrom(...IDEAS), { minLength: 1, maxLength: 10 }),
        fc.array(fc.constantFrom(...IDEAS), { minLength: 1, maxLength: 10 }),
        (others, beaten, beatenBy) => {
          const seen: PairwiseJudgement[] = [
            ...others,
            ...beaten.map((loser) => ({ winner: 'champion', loser })),
            ...beatenBy.map((winner) => ({ winner, loser: 'underdog' })),
          ];
          const fitted = byId(fitBradleyTerry([...IDEAS, 'champion', 'underdog'], seen));
          const champion = fitted.get('champion');
          const underdog = fitted.get('underdog');
          expect(Number.isFinite(champion?.strength)).toBe(true);
          expect(champion?.score).toBeGreaterThan(underdog?.score ?? Number.POSITIVE_INFINITY);
        },
      ),
    );
  });

  it('holds each score within its interval, on 0–100', () => {
    fc.assert(
      fc.property(judgements, (seen) => {
        for (const { score, lower, upper } of fitBradleyTerry(IDEAS, seen)) {
          expect(0 <= lower && lower <= score && score <= upper && upper <= 100).toBe(true);
        }
      }),
    );
  });

  it('narrows the interval as judgements accumulate', () => {
    const once: PairwiseJudgement[] = [
      { winner: 'a', loser: 'b' },
      { winner: 'b', loser: 'c' },
    ];
    const few = byId(fitBradleyTerry(['a', 'b', 'c'], once)).get('b');
    const many = byId(fitBradleyTerry(['a', 'b', 'c'], new Array(20).fill(once).flat())).get('b');
    expect((many?.upper ?? 0) - (many?.lower ?? 0)).toBeLessThan((few?.upper ?? 0) - (few?.lower ?? 0));
  });

  it('counts an undecided judgement as half a win for each', () => {
    const fitted = byId(fitBradleyTerry(['a', 'b'], [{ winner: 'a', loser: 'b', undecided: true }]));
    expect(fitted.get('a')).toMatchObject({ wins: 0.5, comparisons: 1, score: 50 });
    expect(fitted.get('b')).toMatchObject({ wins: 0.5, comparisons: 1, score: 50 });
  });

  it('leaves out judgements of ideas no longer ranked; refuses an idea judged against itself or listed twice', () => {
    const withdrawn = fitBradleyTerry(['a', 'b'], [{ winner: 'gone', loser: 'a' }]);
    expect(withdrawn.map((idea) => idea.score)).toEqual([50, 50]);
    expect(() => fitBradleyTerry(['a'], [{ winner: 'a', loser: 'a' }])).toThrow(RangeError);
    expect(() => fitBradleyTerry(['a', 'a'], [])).toThrow(RangeError);
  });

  it('reaches the same fit from a previous fit', () => {
    fc.assert(
      fc.property(judgements, judgements, (earlier, later) => {
        const previous = fitBradleyTerry(IDEAS, earlier);
        const initial = new Map(previous.map((idea) => [idea.id, idea.strength]));
        const warm = byId(fitBradleyTerry(IDEAS, [...earlier, ...later], { initial }));
        for (const cold of fitBradleyTerry(IDEAS, [...earlier, ...later])) {
          expect(warm.get(cold.id)?.strength).toBeCloseTo(cold.strength, 6);
        }
      }),
    );
  });
});
