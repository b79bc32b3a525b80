import { normal, randomSource } from './testing/seeded-random';
import { assignReviewers } from './review-assignment';
import {
  fitReviewerEffects,
  HIGH_DISAGREEMENT_SPREAD,
  isHighDisagreement,
  type ReviewScore,
  type Scorecard,
  summariseIdeaScores,
  weightedScore,
  zScoreIdeaScores,
} from './review-scores';

describe('weightedScore', () => {
  const scorecard: Scorecard = [
    { key: 'impact', weight: 2, min: 1, max: 5 },
    { key: 'feasibility', weight: 1, min: 0, max: 10 },
  ];

  it('rescales each criterion to 0–100 and takes the weighted mean', () => {
    // impact 4 of 1–5 is 75, feasibility 5 of 0–10 is 50: (2·75 + 50) / 3.
    expect(weightedScore(scorecard, { impact: 4, feasibility: 5 })).toBeCloseTo(200 / 3, 12);
    expect(weightedScore(scorecard, { impact: 1, feasibility: 0 })).toBe(0);
    expect(weightedScore(scorecard, { impact: 5, feasibility: 10 })).toBe(100);
    expect(weightedScore([{ key: 'only', weight: 0.3, min: 1, max: 5 }], { only: 2 })).toBeCloseTo(25, 12);
  });

  it('refuses scorecards and scores it cannot weigh', () => {
    expect(() => weightedScore([], {})).toThrow(RangeError);
    expect(() => weightedScore(scorecard, { impact: 4 })).toThrow(RangeError);
    expect(() => weightedScore(scorecard, { impact: 6, feasibility: 5 })).toThrow(RangeError);
    expect(() => weightedScore(scorecard, { impact: 4, feasibility: 5, charm: 3 })).toThrow(RangeError);
    expect(() => weightedScore([{ key: 'a', weight: 0, min: 1, max: 5 }], { a: 3 })).toThrow(RangeError);
    expect(() => weightedScore([{ key: 'a', weight: 1, min: 5, max: 5 }], { a: 5 })).toThrow(RangeError);
    const twice = [scorecard[0], scorecard[0]];
    expect(() => weightedScore(twice, { impact: 3 })).toThrow(RangeError);
  });
});

describe('summariseIdeaScores', () => {
  it('gives count, mean, median, sample standard deviation and range', () => {
    expect(summariseIdeaScores([70, 40, 100, 55])).toEqual({
      count: 4,
      mean: 66.25,
      median: 62.5,
      standardDeviation: expect.closeTo(Math.sqrt(1968.75 / 3), 12),
      min: 40,
      max: 100,
    });
    expect(summariseIdeaScores([3, 1, 2])).toEqual({
      count: 3,
      mean: 2,
      median: 2,
      standardDeviation: 1,
      min: 1,
      max: 3,
    });
    expect(summariseIdeaScores([42])).toEqual({
      count: 1,
      mean: 42,
      median: 42,
      standardDeviation: 0,
      min: 42,
      max: 42,
    });
    expect(summariseIdeaScores([])).toBeNull();
  });
});

describe('fitReviewerEffects', () => {
  const review = (ideaId: string, reviewerId: string, score: number): ReviewScore => ({ ideaId, reviewerId, score });
  /** Small fixed "noise", so the model has something to tell biases from. */
  const wobble = (i: number, j: number) => ((i * 7 + j * 3) % 5) - 2;

  it('recovers qualities and biases exactly from noise-free scores', () => {
    const qualities = [80, 60, 40, 55];
    const biases = [-10, 0, 10];
    const reviews = qualities.flatMap((q, i) => biases.map((b, j) => review(`i${i}`, `r${j}`, q + b)));
    const fit = fitReviewerEffects(reviews);
    expect(fit.converged).toBe(true);
    fit.ideas.forEach((idea, i) => expect(idea.score).toBeCloseTo(qualities[i], 6));
    fit.reviewers.forEach((reviewer, j) => expect(reviewer.bias).toBeCloseTo(biases[j], 6));
    expect(fit.ideas[0]).toMatchObject({ ideaId: 'i0', reviews: 3, rawMean: 80, spread: expect.closeTo(0, 6) });
  });

  it('takes a lenient reviewer out of the ideas they scored', () => {
    // Eight ideas of equal quality 50, each reviewed by three of four reviewers; r0 gives 20 points more.
    const reviews = Array.from({ length: 8 }, (_, i) =>
      [0, 1, 2, 3]
        .filter((j) => j !== i % 4)
        .map((j) => review(`i${i}`, `r${j}`, 50 + (j === 0 ? 20 : 0) + wobble(i, j))),
    ).flat();
    const fit = fitReviewerEffects(reviews);
    // Centred, the biases are 20 − 5 = 15 for r0 and −5 for the others.
    expect(Object.fromEntries(fit.reviewers.map((reviewer) => [reviewer.reviewerId, reviewer.bias]))).toEqual({
      r0: expect.closeTo(15, 0),
      r1: expect.closeTo(-5, 0),
      r2: expect.closeTo(-5, 0),
      r3: expect.closeTo(-5, 0),
    });
    // Scores are those of the average reviewer, who gives 55 here: all ideas alike (give or take the ±2 noise), as they are.
    for (const idea of fit.ideas) expect(Math.abs(idea.score - 55)).toBeLessThan(1.5);
    const raw = fit.ideas.map((idea) => idea.rawMean);
    expect(Math.max(...raw) - Math.min(...raw)).toBeGreaterThan(5);
  });

  it('gives the raw means when reviewers do not differ more than noise explains', () => {
    const reviews = [0, 1, 2, 3, 4, 5].flatMap((i) => [0, 1, 2].map((j) => review(`i${i}`, `r${j}`, 10 * i)));
    const fit = fitReviewerEffects(reviews);
    expect(fit.biasVariance).toBe(0);
    expect(fit.ridge).toBe(Infinity);
    for (const idea of fit.ideas) expect(idea.score).toBe(idea.rawMean);
    for (const reviewer of fit.reviewers) expect(reviewer.bias).toBe(0);
  });

  it('learns nothing about biases when every idea has a single review', () => {
    const fit = fitReviewerEffects([review('a', 'r0', 90), review('b', 'r1', 20), review('c', 'r0', 70)]);
    expect(fit.noiseVariance).toBeNull();
    expect(fit.biasVariance).toBeNull();
    expect(fit.ideas.map((idea) => idea.score)).toEqual([90, 20, 70]);
    expect(fit.reviewers.map((reviewer) => reviewer.bias)).toEqual([0, 0]);
  });

  it('shrinks the bias of a reviewer with a single review towards 0', () => {
    const reviews = Array.from({ length: 10 }, (_, i) =>
      [0, 1, 2].map((j) => review(`i${i}`, `r${j}`, 40 + 4 * i + [-8, 0, 8][j] + wobble(i, j))),
    ).flat();
    reviews.push(review('i0', 'once', 40 + 30));
    const fit = fitReviewerEffects(reviews);
    const once = fit.reviewers.find((reviewer) => reviewer.reviewerId === 'once');
    const i0 = fit.ideas.find((idea) => idea.ideaId === 'i0');
    if (!once || !i0) throw new Error('missing from the fit');
    expect(fit.ridge).toBeGreaterThan(0);
    // Unshrunk, the bias would be the whole residual, 70 − i0's score.
    expect(once.bias).toBeGreaterThan(0);
    expect(once.bias).toBeLessThan(70 - i0.score);
  });

  it('centres biases within each part of the design that shares no reviewer with the rest', () => {
    const block = (prefix: string, offsets: number[]) =>
      [0, 1, 2, 3].flatMap((i) =>
        offsets.map((offset, j) => review(`${prefix}${i}`, `${prefix}r${j}`, 50 + 5 * i + offset + wobble(i, j))),
      );
    const fit = fitReviewerEffects([...block('a', [-20, -10]), ...block('b', [10, 25])]);
    const biasSum = (prefix: string) =>
      fit.reviewers.filter((r) => r.reviewerId.startsWith(prefix)).reduce((sum, r) => sum + r.bias, 0);
    expect(biasSum('a')).toBeCloseTo(0, 6);
    expect(biasSum('b')).toBeCloseTo(0, 6);
    // Nothing links the blocks, so block b's harsher-looking reviewers cannot lift block a.
    const mean = (prefix: string) =>
      fit.ideas.filter((idea) => idea.ideaId.startsWith(prefix)).reduce((sum, idea) => sum + idea.score, 0) / 4;
    expect(mean('b') - mean('a')).toBeCloseTo(32.5, 0);
  });

  it('refuses a reviewer scoring an idea twice, and scores that are not numbers', () => {
    expect(() => fitReviewerEffects([review('a', 'r', 1), review('a', 'r', 2)])).toThrow(RangeError);
    expect(() => fitReviewerEffects([review('a', 'r', NaN)])).toThrow(RangeError);
  });
});

describe('the disagreement flag', () => {
  it(`is raised when scores spread more than ${HIGH_DISAGREEMENT_SPREAD} points (sample standard deviation)`, () => {
    expect(isHighDisagreement([50, 100])).toBe(true);
    expect(isHighDisagreement([75, 100])).toBe(false);
    expect(isHighDisagreement([20, 50, 80])).toBe(true);
    expect(isHighDisagreement([40, 50, 60])).toBe(false);
    expect(isHighDisagreement([0])).toBe(false);
    expect(isHighDisagreement([75, 100], 10)).toBe(true);
  });

  it('is judged on the bias-corrected scores: a harsh and a lenient reviewer do not disagree', () => {
    const reviews = Array.from({ length: 10 }, (_, i) => [
      { ideaId: `i${i}`, reviewerId: 'harsh', score: 30 + 4 * i + ((i * 3) % 5) - 2 },
      { ideaId: `i${i}`, reviewerId: 'lenient', score: 80 + 4 * i - ((i * 3) % 5) + 2 },
    ]).flat();
    reviews.push(
      { ideaId: 'split', reviewerId: 'harsh', score: 90 },
      { ideaId: 'split', reviewerId: 'lenient', score: 20 },
    );
    const fit = fitReviewerEffects(reviews);
    const flagged = fit.ideas.filter((idea) => idea.highDisagreement).map((idea) => idea.ideaId);
    expect(flagged).toEqual(['split']);
    for (const idea of fit.ideas) {
      expect(idea.spread).toBeCloseTo(summariseIdeaScores(idea.normalisedScores)?.standardDeviation ?? NaN, 12);
    }
    expect(fitReviewerEffects(reviews, { disagreementThreshold: 1 }).ideas.every((idea) => idea.highDisagreement)).toBe(
      true,
    );
  });
});

// The normalisation simulation, fixed parameters: 60 ideas with true quality ~ N(0, 1); 12
// reviewers with bias ~ N(0, 1); 3 reviewers per idea from assignReviewers (15 ideas each); a score
// is quality + bias + N(0, 0.5²) noise; seeds 1–50 of xoroshiro128+. Ranking error: the mean
// absolute rank displacement, |rank by score − rank by true quality| averaged over ideas.
const IDEAS = 60;
const REVIEWERS = 12;
const PER_IDEA = 3;
const NOISE = 0.5;
const SEEDS = 50;

/** Rank of each value, 0 for the highest; ties go to the lower index. */
function ranks(values: readonly number[]): number[] {
  const result = new Array<number>(values.length);
  values
    .map((_, i) => i)
    .sort((a, b) => values[b] - values[a] || a - b)
    .forEach((i, rank) => (result[i] = rank));
  return result;
}

function meanRankDisplacement(scores: readonly number[], qualities: readonly number[]): number {
  const estimated = ranks(scores);
  const truth = ranks(qualities);
  return estimated.reduce((sum, rank, i) => sum + Math.abs(rank - truth[i]), 0) / scores.length;
}

interface RankingErrors {
  raw: number;
  normalised: number;
  zScore: number;
}

function simulateReviews(biasSpread: number): RankingErrors {
  const total: RankingErrors = { raw: 0, normalised: 0, zScore: 0 };
  for (let seed = 1; seed <= SEEDS; seed++) {
    const random = randomSource(seed);
    const qualities = Array.from({ length: IDEAS }, () => normal(random));
    const biases = Array.from({ length: REVIEWERS }, () => biasSpread * normal(random));
    const ideaIds = qualities.map((_, i) => `seed${seed}-idea${i}`);
    const reviewerIds = biases.map((_, j) => `seed${seed}-reviewer${j}`);
    const assigned = assignReviewers({
      ideas: ideaIds.map((id) => ({ id, excluded: [] })),
      reviewers: reviewerIds.map((id) => ({ id })),
      reviewersPerIdea: PER_IDEA,
    });
    if (!assigned.ok) throw new Error(assigned.message);
    const ideaIndex = new Map(ideaIds.map((id, i) => [id, i]));
    const reviewerIndex = new Map(reviewerIds.map((id, j) => [id, j]));
    const reviews = assigned.assignments.map(({ ideaId, reviewerId }) => ({
      ideaId,
      reviewerId,
      score:
        qualities[ideaIndex.get(ideaId) ?? -1] + biases[reviewerIndex.get(reviewerId) ?? -1] + NOISE * normal(random),
    }));
    const fit = fitReviewerEffects(reviews);
    expect(fit.converged).toBe(true);
    const byIdea = (entries: { ideaId: string; score: number }[]) => {
      const scores = new Array<number>(IDEAS);
      for (const { ideaId, score } of entries) scores[ideaIndex.get(ideaId) ?? -1] = score;
      return scores;
    };
    total.raw += meanRankDisplacement(
      byIdea(fit.ideas.map((idea) => ({ ideaId: idea.ideaId, score: idea.rawMean }))),
      qualities,
    );
    total.normalised += meanRankDisplacement(byIdea(fit.ideas), qualities);
    total.zScore += meanRankDisplacement(byIdea(zScoreIdeaScores(reviews)), qualities);
  }
  return { raw: total.raw / SEEDS, normalised: total.normalised / SEEDS, zScore: total.zScore / SEEDS };
}

// Measured (mean absolute rank displacement over 50 seeds): biased reviewers, raw 6.951,
// normalised 3.878, z-scores 4.373; unbiased, raw 3.735, normalised 3.750, z-scores 4.373.
describe(`the normalisation simulation (${IDEAS} ideas, ${REVIEWERS} reviewers, ${PER_IDEA} per idea, ${SEEDS} seeds)`, () => {
  it('ranks ideas with at least 30% less error than raw means when reviewers are biased, and beats z-scores', () => {
    const errors = simulateReviews(1);
    expect(errors.normalised).toBeLessThanOrEqual(0.7 * errors.raw);
    expect(errors.normalised).toBeLessThan(errors.zScore);
  });

  it('costs at most 5% more error than raw means when no reviewer is biased', () => {
    const errors = simulateReviews(0);
    expect(errors.normalised).toBeLessThanOrEqual(1.05 * errors.raw);
  });
});
