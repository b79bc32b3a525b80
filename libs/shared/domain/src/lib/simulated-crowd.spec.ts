import { normal, randomSource, type Random } from './testing/seeded-random';
import { fitBradleyTerry, type PairwiseJudgement } from './bradley-terry';
import { chooseNextPair, type PairCandidate, pairKey } from './pair-chooser';
import { bayesianAverage, HIGHEST_STARS, LOWEST_STARS, ratingPrior, summariseRatings } from './stars';
import { supportRateEstimate } from './support';

// A crowd with known truth: does each voting mode's ranking find the ideas that really are best?
// The voter models are described in the library's README. Deterministic: every seed is fixed.
const IDEAS = 200;
const VOTERS = 1000;
const JUDGEMENTS_PER_VOTER = 20;
const SEEDS = 20;
const TOP = 10;
const NOISE = 1;
/** A voter supports an idea whose perceived quality is above this (about one in four ideas). */
const SUPPORT_THRESHOLD = 1;
/** A voter cannot decide between two ideas whose perceived qualities are closer than this. */
const UNDECIDED_WITHIN = 0.1;
/** The pairwise simulation refits the strengths the chooser uses after this many judgements. */
const REFIT_EVERY = 1000;
/** The chooser only needs strengths roughly; the ranking's fit runs to the default tolerance. */
const CHOOSER_TOLERANCE = 1e-6;

/** Indices of the k largest values; ties go to the lower index (indices carry no information). */
function topIndices(values: readonly number[], k: number): Set<number> {
  const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
  return new Set(order.slice(0, k));
}

function precisionAtTop(scores: readonly number[], qualities: readonly number[]): number {
  const truth = topIndices(qualities, TOP);
  return [...topIndices(scores, TOP)].filter((i) => truth.has(i)).length / TOP;
}

/** Platform ranking and raw count, one score per idea each. */
interface Outcome {
  platform: number[];
  raw: number[];
}

/**
 * The platform shows each voter the ideas shown least so far, ties in random order, so every idea
 * is shown equally often; `judge` is called for each idea a voter is shown. Returns what the
 * platform records: how often it showed each idea.
 */
function showLeastExposed(random: Random, judge: (idea: number) => void): number[] {
  const exposures = new Array<number>(IDEAS).fill(0);
  for (let voter = 0; voter < VOTERS; voter++) {
    const tieBreak = exposures.map(() => random());
    const shown = exposures
      .map((_, i) => i)
      .sort((a, b) => exposures[a] - exposures[b] || tieBreak[a] - tieBreak[b])
      .slice(0, JUDGEMENTS_PER_VOTER);
    for (const idea of shown) {
      exposures[idea] += 1;
      judge(idea);
    }
  }
  return exposures;
}

function simulateSupport(qualities: readonly number[], random: Random): Outcome {
  const supports = new Array<number>(IDEAS).fill(0);
  const exposures = showLeastExposed(random, (idea) => {
    if (qualities[idea] + NOISE * normal(random) > SUPPORT_THRESHOLD) supports[idea] += 1;
  });
  return {
    platform: supports.map((count, i) => supportRateEstimate(count, exposures[i]).score),
    raw: supports,
  };
}

function simulateStars(qualities: readonly number[], random: Random): Outcome {
  const ratings: number[][] = qualities.map(() => []);
  showLeastExposed(random, (idea) => {
    const stars = Math.round(3 + qualities[idea] + NOISE * normal(random));
    ratings[idea].push(Math.min(HIGHEST_STARS, Math.max(LOWEST_STARS, stars)));
  });
  const prior = ratingPrior(summariseRatings(ratings.flat()));
  return {
    platform: ratings.map((idea) => bayesianAverage(summariseRatings(idea), prior).score),
    raw: ratings.map((idea) => idea.reduce((sum, stars) => sum + stars, 0)),
  };
}

function simulatePairwise(qualities: readonly number[], random: Random): Outcome {
  const ids = qualities.map((_, i) => `idea-${i}`);
  const candidates: PairCandidate[] = ids.map((id) => ({ id, comparisons: 0, strength: 1 }));
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const judgements: PairwiseJudgement[] = [];
  const fit = (tolerance?: number) =>
    fitBradleyTerry(ids, judgements, { initial: new Map(candidates.map((c) => [c.id, c.strength])), tolerance });
  for (let voter = 0; voter < VOTERS; voter++) {
    const seen = new Set<string>();
    for (let judgement = 0; judgement < JUDGEMENTS_PER_VOTER; judgement++) {
      const pair = chooseNextPair(candidates, random, seen);
      if (pair === null) throw new Error('the chooser ran out of pairs');
      seen.add(pairKey(...pair));
      const [a, b] = pair.map((id) => indexOf.get(id) ?? -1);
      const difference = qualities[a] + NOISE * normal(random) - (qualities[b] + NOISE * normal(random));
      judgements.push({
        winner: difference >= 0 ? ids[a] : ids[b],
        loser: difference >= 0 ? ids[b] : ids[a],
        undecided: Math.abs(difference) < UNDECIDED_WITHIN,
      });
      candidates[a].comparisons += 1;
      candidates[b].comparisons += 1;
      if (judgements.length % REFIT_EVERY === 0) {
        for (const strength of fit(CHOOSER_TOLERANCE))
          candidates[indexOf.get(strength.id) ?? -1].strength = strength.strength;
      }
    }
  }
  const strengths = fit();
  return { platform: strengths.map((idea) => idea.score), raw: strengths.map((idea) => idea.wins) };
}

function meanPrecision(simulate: (qualities: readonly number[], random: Random) => Outcome) {
  let platform = 0;
  let raw = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const random = randomSource(seed);
    const qualities = Array.from({ length: IDEAS }, () => normal(random));
    const outcome = simulate(qualities, random);
    platform += precisionAtTop(outcome.platform, qualities);
    raw += precisionAtTop(outcome.raw, qualities);
  }
  return { platform: platform / SEEDS, raw: raw / SEEDS };
}

// Measured: support 0.880 (raw support count 0.880), stars 0.875 (raw star sum 0.875), pairwise
// 0.860 (raw win count 0.595).
describe(`a simulated crowd (${IDEAS} ideas, ${VOTERS} voters × ${JUDGEMENTS_PER_VOTER} judgements, ${SEEDS} seeds)`, () => {
  it.each([
    ['support', 'raw support count', simulateSupport],
    ['stars', 'raw star sum', simulateStars],
    ['pairwise', 'raw win count', simulatePairwise],
  ])('%s: the ranking finds the true top 10, at least as well as the %s', (mode, raw, simulate) => {
    const precision = meanPrecision(simulate);
    console.log(`${mode}: precision@${TOP} ${precision.platform.toFixed(3)} (${raw} ${precision.raw.toFixed(3)})`);
    expect(precision.platform).toBeGreaterThanOrEqual(0.8);
    expect(precision.platform).toBeGreaterThanOrEqual(precision.raw);
  });
});
