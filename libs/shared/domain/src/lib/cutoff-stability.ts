/** An idea's review scores, e.g. the `normalisedScores` of `fitReviewerEffects`. */
export interface IdeaReviewScores {
  ideaId: string;
  scores: readonly number[];
}

export interface CutoffStabilityOptions {
  /** How many times every idea's reviews are resampled. */
  resamples?: number;
  /** The same seed gives the same figures. */
  seed?: number;
}

export interface CutoffChance {
  ideaId: string;
  /** The mean of its scores. */
  mean: number;
  /** Whether it is in the top n by mean; ties go to the idea listed first. */
  selected: boolean;
  /** The share of resamples in which it is in the top n. */
  probability: number;
}

/** mulberry32: a small seeded generator of numbers in [0, 1), good enough for resampling. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/**
 * How firmly each idea sits on its side of a top-n cut-off: a bootstrap that redraws every idea's
 * reviews with replacement (as many as it has) and counts how often the idea's mean makes the top
 * n. Ideas tied at the cut-off share the places left. An idea near 0.5 is in or out by the luck of
 * which reviewers it drew. With only a few reviews per idea the figures are rough, and an idea
 * whose reviews all agree (or that has only one) always lands where its mean is.
 */
export function cutoffStability(
  ideas: readonly IdeaReviewScores[],
  top: number,
  options: CutoffStabilityOptions = {},
): CutoffChance[] {
  const { resamples = 1000, seed = 1 } = options;
  if (!Number.isInteger(top) || top < 1) throw new RangeError(`top must be a whole number >= 1, got ${top}`);
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`resamples must be a whole number >= 1, got ${resamples}`);
  }
  for (const { ideaId, scores } of ideas) {
    if (scores.length === 0) throw new RangeError(`${ideaId} has no scores`);
    for (const score of scores)
      if (!Number.isFinite(score)) throw new RangeError(`a score must be finite, got ${score}`);
  }
  const means = ideas.map((idea) => mean(idea.scores));
  const selected = new Set(
    means
      .map((_, i) => i)
      .sort((a, b) => means[b] - means[a] || a - b)
      .slice(0, top),
  );
  const hits = new Float64Array(ideas.length);
  if (top >= ideas.length) hits.fill(resamples);
  const random = seededRandom(seed);
  const resampled = new Float64Array(ideas.length);
  for (let round = 0; top < ideas.length && round < resamples; round++) {
    ideas.forEach(({ scores }, i) => {
      let sum = 0;
      for (let draw = 0; draw < scores.length; draw++) sum += scores[Math.floor(random() * scores.length)];
      resampled[i] = sum / scores.length;
    });
    const cut = resampled.slice().sort()[ideas.length - top];
    // Means of the same draws in another order can differ in the last bits: those count as tied.
    const tolerance = 1e-9 * Math.max(1, Math.abs(cut));
    let above = 0;
    let tied = 0;
    for (const value of resampled) {
      if (value > cut + tolerance) above += 1;
      else if (value >= cut - tolerance) tied += 1;
    }
    const share = (top - above) / tied;
    resampled.forEach((value, i) => {
      if (value > cut + tolerance) hits[i] += 1;
      else if (value >= cut - tolerance) hits[i] += share;
    });
  }
  return ideas.map(({ ideaId }, i) => ({
    ideaId,
    mean: means[i],
    selected: selected.has(i),
    probability: hits[i] / resamples,
  }));
}
