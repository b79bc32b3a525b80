import { assertPositive } from './checks';

/** One criterion of a scorecard, scored from `min` to `max` (1–5, 0–10…) and weighted by `weight`. */
export interface ScorecardCriterion {
  key: string;
  weight: number;
  min: number;
  max: number;
}

export type Scorecard = readonly ScorecardCriterion[];

/** Scores on the 0–100 scale of `weightedScore`. */
export const REVIEW_SCALE_MAX = 100;

/**
 * One reviewer's scorecard as a single score from 0 to 100: each criterion rescaled from its
 * [min, max] to 0–100, then the weighted mean. Every criterion must be scored, within its range,
 * and nothing else.
 */
export function weightedScore(scorecard: Scorecard, scores: Readonly<Record<string, number>>): number {
  if (scorecard.length === 0) throw new RangeError('a scorecard needs at least one criterion');
  const keys = new Set<string>();
  let weighted = 0;
  let totalWeight = 0;
  for (const { key, weight, min, max } of scorecard) {
    if (keys.has(key)) throw new RangeError(`criterion ${key} is listed twice`);
    keys.add(key);
    assertPositive(`the weight of ${key}`, weight);
    if (!(max > min) || !Number.isFinite(min) || !Number.isFinite(max)) {
      throw new RangeError(`criterion ${key} needs finite min < max, got ${min}–${max}`);
    }
    const score = scores[key];
    if (!(score >= min && score <= max))
      throw new RangeError(`criterion ${key} must be scored ${min}–${max}, got ${score}`);
    weighted += (weight * REVIEW_SCALE_MAX * (score - min)) / (max - min);
    totalWeight += weight;
  }
  for (const key of Object.keys(scores)) {
    if (!keys.has(key)) throw new RangeError(`the scorecard has no criterion ${key}`);
  }
  return weighted / totalWeight;
}

/** The spread of one idea's review scores. */
export interface ScoreSummary {
  count: number;
  mean: number;
  median: number;
  /** Sample standard deviation (n − 1); 0 for a single score. */
  standardDeviation: number;
  min: number;
  max: number;
}

/** Count, mean, median, standard deviation and range of an idea's scores; null without any. */
export function summariseIdeaScores(scores: readonly number[]): ScoreSummary | null {
  if (scores.length === 0) return null;
  for (const score of scores) if (!Number.isFinite(score)) throw new RangeError(`a score must be finite, got ${score}`);
  const sorted = [...scores].sort((a, b) => a - b);
  const count = sorted.length;
  const middle = count >> 1;
  return {
    count,
    mean: mean(sorted),
    median: count % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2,
    standardDeviation: sampleStandardDeviation(sorted),
    min: sorted[0],
    max: sorted[count - 1],
  };
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

function sampleStandardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const centre = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - centre) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/**
 * An idea's bias-corrected review scores disagree strongly when their sample standard deviation is
 * above this many points of the 0–100 scale, a fifth of it. Two reviews disagree when they are
 * more than 28 points apart (20·√2): on a 1–5 scorecard, a 3 and a 5 on every criterion (50
 * points) do, a 4 and a 5 (25 points) do not.
 */
export const HIGH_DISAGREEMENT_SPREAD = 20;

/** Whether scores disagree strongly: at least two, with a sample standard deviation above `threshold`. */
export function isHighDisagreement(scores: readonly number[], threshold: number = HIGH_DISAGREEMENT_SPREAD): boolean {
  return scores.length >= 2 && sampleStandardDeviation(scores) > threshold;
}

/** One reviewer's score for one idea, on the 0–100 scale of `weightedScore`. */
export interface ReviewScore {
  ideaId: string;
  reviewerId: string;
  score: number;
}

export interface ReviewerEffectsOptions {
  /** Stop when no bias moves more than this many points in a sweep. */
  tolerance?: number;
  /** Stop after this many sweeps in any case. */
  maxSweeps?: number;
  /** See `HIGH_DISAGREEMENT_SPREAD`. */
  disagreementThreshold?: number;
}

export interface AdjustedIdeaScore {
  ideaId: string;
  reviews: number;
  rawMean: number;
  /** μ + quality: the mean of `normalisedScores`, its reviewers' biases taken out. */
  score: number;
  /** The idea's review scores, in input order, each less its reviewer's bias. */
  normalisedScores: number[];
  /** Sample standard deviation of `normalisedScores`; 0 for a single review. */
  spread: number;
  highDisagreement: boolean;
}

export interface ReviewerBias {
  reviewerId: string;
  reviews: number;
  /** How many points above a typical reviewer this one scores the same idea; they average 0. */
  bias: number;
}

export interface ReviewerEffects {
  /** Ideas in order of their first review. */
  ideas: AdjustedIdeaScore[];
  /** Reviewers in order of their first review. */
  reviewers: ReviewerBias[];
  /** σ²: the variance of one review about its idea's quality plus its reviewer's bias; null when the design cannot tell. */
  noiseVariance: number | null;
  /** τ²: the variance of the reviewers' biases; null when the design cannot tell. */
  biasVariance: number | null;
  /** λ = σ² / τ²: each bias is shrunk as if it also had λ reviews with no bias; Infinity when τ² is 0. */
  ridge: number;
  sweeps: number;
  converged: boolean;
}

/** Reviews by index: which idea and which reviewer each belongs to. */
interface Design {
  ideaIds: string[];
  reviewerIds: string[];
  ideaOf: Int32Array;
  reviewerOf: Int32Array;
  scores: Float64Array;
  /** Per reviewer, the connected part of the review graph (ideas linked by shared reviewers) it is in. */
  reviewerComponent: Int32Array;
  components: number;
}

function indexReviews(reviews: readonly ReviewScore[]): Design {
  const ideaIndex = new Map<string, number>();
  const reviewerIndex = new Map<string, number>();
  const pairs = new Set<string>();
  const ideaOf = new Int32Array(reviews.length);
  const reviewerOf = new Int32Array(reviews.length);
  const scores = new Float64Array(reviews.length);
  reviews.forEach(({ ideaId, reviewerId, score }, r) => {
    if (!Number.isFinite(score)) throw new RangeError(`a score must be finite, got ${score}`);
    const pair = `${ideaId}\u0000${reviewerId}`;
    if (pairs.has(pair)) throw new RangeError(`${reviewerId} reviewed ${ideaId} twice`);
    pairs.add(pair);
    if (!ideaIndex.has(ideaId)) ideaIndex.set(ideaId, ideaIndex.size);
    if (!reviewerIndex.has(reviewerId)) reviewerIndex.set(reviewerId, reviewerIndex.size);
    ideaOf[r] = ideaIndex.get(ideaId) ?? 0;
    reviewerOf[r] = reviewerIndex.get(reviewerId) ?? 0;
    scores[r] = score;
  });
  // Union–find over ideas (0 … I − 1) and reviewers (I …).
  const ideas = ideaIndex.size;
  const parent = Int32Array.from({ length: ideas + reviewerIndex.size }, (_, i) => i);
  const root = (node: number): number => {
    let at = node;
    while (parent[at] !== at) at = parent[at] = parent[parent[at]];
    return at;
  };
  for (let r = 0; r < reviews.length; r++) parent[root(ideaOf[r])] = root(ideas + reviewerOf[r]);
  const componentOfRoot = new Map<number, number>();
  const component = Int32Array.from(parent, (_, node) => {
    const top = root(node);
    if (!componentOfRoot.has(top)) componentOfRoot.set(top, componentOfRoot.size);
    return componentOfRoot.get(top) ?? 0;
  });
  return {
    ideaIds: [...ideaIndex.keys()],
    reviewerIds: [...reviewerIndex.keys()],
    ideaOf,
    reviewerOf,
    scores,
    reviewerComponent: component.slice(ideas),
    components: componentOfRoot.size,
  };
}

interface Fit {
  qualities: Float64Array;
  biases: Float64Array;
  sweeps: number;
  converged: boolean;
}

/** The largest |value|, or Infinity if a value is not a number. */
function largestMagnitude(values: Float64Array): number {
  let largest = 0;
  for (const value of values) {
    const magnitude = Math.abs(value);
    if (!(magnitude <= largest)) largest = Number.isNaN(magnitude) ? Infinity : magnitude;
  }
  return largest;
}

function length(values: Float64Array): number {
  let squares = 0;
  for (const value of values) squares += value * value;
  return Math.sqrt(squares);
}

/**
 * Penalised least squares for score = quality(idea) + bias(reviewer), with λ·Σ bias² added, by
 * backfitting: each sweep sets every quality to the mean of its scores less their biases, then
 * every bias to the sum of its residuals over (reviews + λ). After each sweep the biases are
 * centred within each connected part of the design: shifting a part's biases one way and its
 * qualities the other fits equally well, and centred is what the penalty prefers (for λ = 0, the
 * least squares solution it picks). Where reviewers cluster (by expertise, say) and the clusters
 * share few reviewers, plain sweeps crawl; SQUAREM (Varadhan & Roland 2008) leaps along the
 * direction of two sweeps, as in `fitBradleyTerry`, and a leap that leaves more to move is dropped.
 */
function backfit(design: Design, ridge: number, start: Float64Array, tolerance: number, maxSweeps: number): Fit {
  const { ideaOf, reviewerOf, scores, reviewerComponent, components } = design;
  const ideas = design.ideaIds.length;
  const reviewers = design.reviewerIds.length;
  const reviewsOf = (owner: Int32Array, count: number) => {
    const counts = new Float64Array(count);
    for (const index of owner) counts[index] += 1;
    return counts;
  };
  const ideaReviews = reviewsOf(ideaOf, ideas);
  const reviewerReviews = reviewsOf(reviewerOf, reviewers);
  const componentSize = reviewsOf(reviewerComponent, components);
  const qualitiesFor = (biases: Float64Array) => {
    const qualities = new Float64Array(ideas);
    for (let r = 0; r < scores.length; r++) qualities[ideaOf[r]] += scores[r] - biases[reviewerOf[r]];
    for (let i = 0; i < ideas; i++) qualities[i] /= ideaReviews[i];
    return qualities;
  };
  const sweep = (biases: Float64Array) => {
    const qualities = qualitiesFor(biases);
    const next = new Float64Array(reviewers);
    for (let r = 0; r < scores.length; r++) next[reviewerOf[r]] += scores[r] - qualities[ideaOf[r]];
    for (let j = 0; j < reviewers; j++) next[j] /= reviewerReviews[j] + ridge;
    const componentSum = new Float64Array(components);
    for (let j = 0; j < reviewers; j++) componentSum[reviewerComponent[j]] += next[j];
    for (let j = 0; j < reviewers; j++)
      next[j] -= componentSum[reviewerComponent[j]] / componentSize[reviewerComponent[j]];
    return next;
  };
  const difference = (a: Float64Array, b: Float64Array) => a.map((value, j) => value - b[j]);
  let current = start;
  let sweeps = 0;
  while (sweeps < maxSweeps) {
    const once = sweep(current);
    const change = difference(once, current);
    sweeps += 1;
    if (largestMagnitude(change) <= tolerance)
      return { qualities: qualitiesFor(once), biases: once, sweeps, converged: true };
    const twice = sweep(once);
    const bend = twice.map((value, j) => value - 2 * once[j] + current[j]);
    const bendLength = length(bend);
    const stride = bendLength > 0 ? Math.min(-1, -length(change) / bendLength) : -1;
    const leap = current.map((value, j) => value - 2 * stride * change[j] + stride * stride * bend[j]);
    const settled = sweep(leap);
    sweeps += 2;
    current = largestMagnitude(difference(settled, leap)) <= largestMagnitude(change) ? settled : twice;
  }
  return { qualities: qualitiesFor(current), biases: current, sweeps, converged: false };
}

function residualSumOfSquares(design: Design, fit: Fit): number {
  let total = 0;
  for (let r = 0; r < design.scores.length; r++) {
    total += (design.scores[r] - fit.qualities[design.ideaOf[r]] - fit.biases[design.reviewerOf[r]]) ** 2;
  }
  return total;
}

/** Bias shrinkage when the design leaves no residual to measure noise by: as if each bias had one review more. */
const FALLBACK_RIDGE = 1;

/**
 * Fits the reviewer main-effects model, score = μ + quality(idea) + bias(reviewer) + noise, and
 * returns each idea's score with its reviewers' biases taken out, on the scale of the scores.
 *
 * Biases are shrunk towards 0 like random effects, by λ = σ² / τ² (a bias estimated from n reviews
 * is shrunk by n / (n + λ)). The two variances are estimated by the method of moments: σ² from the
 * residuals of the unshrunk fit, and σ² + τ² from the spread of scores within each idea. When the
 * spread within ideas is no larger than noise explains, τ² is 0 and the scores are the raw means.
 * A reviewer with a single review, or whose ideas nobody else reviewed, learns little and stays
 * near 0. Parts of the design that share no reviewer cannot be compared: biases are centred within
 * each part, so a part reviewed only by harsh reviewers keeps its lower scores.
 */
export function fitReviewerEffects(
  reviews: readonly ReviewScore[],
  options: ReviewerEffectsOptions = {},
): ReviewerEffects {
  const { tolerance = 1e-7, maxSweeps = 10_000, disagreementThreshold = HIGH_DISAGREEMENT_SPREAD } = options;
  assertPositive('the tolerance', tolerance);
  const design = indexReviews(reviews);
  const ideas = design.ideaIds.length;
  const reviewers = design.reviewerIds.length;
  const rawMeans = new Float64Array(ideas);
  const ideaReviews = new Float64Array(ideas);
  for (let r = 0; r < reviews.length; r++) {
    rawMeans[design.ideaOf[r]] += design.scores[r];
    ideaReviews[design.ideaOf[r]] += 1;
  }
  for (let i = 0; i < ideas; i++) rawMeans[i] /= ideaReviews[i];
  let withinIdeas = 0;
  for (let r = 0; r < reviews.length; r++) withinIdeas += (design.scores[r] - rawMeans[design.ideaOf[r]]) ** 2;
  const withinDegrees = reviews.length - ideas;
  const residualDegrees = reviews.length - ideas - reviewers + design.components;

  let noiseVariance: number | null = null;
  let biasVariance: number | null = null;
  let ridge = Infinity;
  let fit: Fit = { qualities: rawMeans, biases: new Float64Array(reviewers), sweeps: 0, converged: true };
  if (withinDegrees > 0) {
    const unshrunk = backfit(design, 0, fit.biases, tolerance, maxSweeps);
    if (residualDegrees > 0) {
      noiseVariance = residualSumOfSquares(design, unshrunk) / residualDegrees;
      biasVariance = Math.max(0, withinIdeas / withinDegrees - noiseVariance);
      ridge = biasVariance > 0 ? noiseVariance / biasVariance : Infinity;
    } else {
      ridge = FALLBACK_RIDGE;
    }
    if (ridge < Infinity) {
      const shrunk = backfit(design, ridge, unshrunk.biases, tolerance, maxSweeps);
      fit = { ...shrunk, sweeps: unshrunk.sweeps + shrunk.sweeps, converged: unshrunk.converged && shrunk.converged };
    } else {
      fit = { ...fit, sweeps: unshrunk.sweeps, converged: unshrunk.converged };
    }
  }

  const normalised = design.ideaIds.map((): number[] => []);
  const reviewerReviews = new Array<number>(reviewers).fill(0);
  for (let r = 0; r < reviews.length; r++) {
    normalised[design.ideaOf[r]].push(design.scores[r] - fit.biases[design.reviewerOf[r]]);
    reviewerReviews[design.reviewerOf[r]] += 1;
  }
  return {
    ideas: design.ideaIds.map((ideaId, i) => ({
      ideaId,
      reviews: ideaReviews[i],
      rawMean: rawMeans[i],
      score: fit.qualities[i],
      normalisedScores: normalised[i],
      spread: sampleStandardDeviation(normalised[i]),
      highDisagreement: isHighDisagreement(normalised[i], disagreementThreshold),
    })),
    reviewers: design.reviewerIds.map((reviewerId, j) => ({
      reviewerId,
      reviews: reviewerReviews[j],
      bias: fit.biases[j],
    })),
    noiseVariance,
    biasVariance,
    ridge,
    sweeps: fit.sweeps,
    converged: fit.converged,
  };
}

/**
 * The simpler alternative, for comparison: each review as a z-score within its reviewer's own
 * scores, averaged per idea and put back on the scale by the spread and mean of all scores. A
 * reviewer with fewer than two scores, or all equal, counts as z = 0. It also evens out reviewers
 * who use a narrow range, but mistakes a reviewer who drew strong ideas for a lenient one.
 */
export function zScoreIdeaScores(reviews: readonly ReviewScore[]): { ideaId: string; score: number }[] {
  const design = indexReviews(reviews);
  const byReviewer = design.reviewerIds.map((): number[] => []);
  for (let r = 0; r < reviews.length; r++) byReviewer[design.reviewerOf[r]].push(design.scores[r]);
  const centres = byReviewer.map(mean);
  const spreads = byReviewer.map(sampleStandardDeviation);
  const all = [...design.scores];
  const overallMean = all.length > 0 ? mean(all) : 0;
  const overallSpread = sampleStandardDeviation(all);
  const sums = new Float64Array(design.ideaIds.length);
  const counts = new Float64Array(design.ideaIds.length);
  for (let r = 0; r < reviews.length; r++) {
    const j = design.reviewerOf[r];
    sums[design.ideaOf[r]] += spreads[j] > 0 ? (design.scores[r] - centres[j]) / spreads[j] : 0;
    counts[design.ideaOf[r]] += 1;
  }
  return design.ideaIds.map((ideaId, i) => ({ ideaId, score: overallMean + (overallSpread * sums[i]) / counts[i] }));
}
