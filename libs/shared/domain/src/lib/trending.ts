import { assertPositive } from './checks';

const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
export const DEFAULT_TRENDING_HALF_LIFE_MS = 48 * HOUR_MS;

/** One vote at an instant (epoch milliseconds), worth `value` (1 for a support, the tokens given…). */
export interface TimedVote {
  at: number;
  value: number;
}

/** The votes of one period: those cast in `[start, start + bucketMs)`, their values added up. */
export interface VoteBucket {
  start: number;
  total: number;
}

/** A vote's weight after `ageMs`: 1 when new, ½ after one half-life. A vote from the future counts as new. */
function decay(ageMs: number, halfLifeMs: number): number {
  return 2 ** (-Math.max(0, ageMs) / halfLifeMs);
}

/** Σ value·2^(−age/half-life) at `now`: recent votes count fully, a vote one half-life old counts half. */
export function trendingScore(
  votes: Iterable<TimedVote>,
  now: number,
  halfLifeMs: number = DEFAULT_TRENDING_HALF_LIFE_MS,
): number {
  assertPositive('the half-life', halfLifeMs);
  let score = 0;
  for (const vote of votes) score += vote.value * decay(now - vote.at, halfLifeMs);
  return score;
}

/**
 * The trending score from per-period totals (daily by default), as SQL can group them: each
 * bucket's total is aged from the middle of the part of its period that has passed, so today's
 * bucket is not aged half a day it has not lived yet. In SQL, with `middle` that midpoint:
 * `sum(total * power(2, -greatest(0, now - middle) / half_life))`.
 */
export function trendingScoreFromBuckets(
  buckets: Iterable<VoteBucket>,
  now: number,
  halfLifeMs: number = DEFAULT_TRENDING_HALF_LIFE_MS,
  bucketMs: number = DAY_MS,
): number {
  assertPositive('the half-life', halfLifeMs);
  assertPositive('the bucket length', bucketMs);
  let score = 0;
  for (const bucket of buckets) {
    const middle = (bucket.start + Math.min(bucket.start + bucketMs, now)) / 2;
    score += bucket.total * decay(now - middle, halfLifeMs);
  }
  return score;
}

/**
 * A trending key that never needs to decay: `log2 Σ total · 2^(middle / half-life)` over the buckets
 * (the middle of each bucket's period, in epoch milliseconds), computed as a log-sum-exp so it stays
 * finite. For any `now`, ordering ideas by this key is ordering them by `trendingScore` at `now`,
 * because the decayed score is `2^(key − now / half-life)`. Without weight the key is 0.
 */
export function trendingKey(
  buckets: Iterable<VoteBucket>,
  bucketMs: number = DAY_MS,
  halfLifeMs: number = DEFAULT_TRENDING_HALF_LIFE_MS,
): number {
  assertPositive('the half-life', halfLifeMs);
  assertPositive('a bucket', bucketMs);
  const terms = [...buckets]
    .filter((bucket) => bucket.total > 0)
    .map((bucket) => ({ exponent: (bucket.start + bucketMs / 2) / halfLifeMs, total: bucket.total }));
  if (terms.length === 0) return 0;
  const top = Math.max(...terms.map((term) => term.exponent));
  const sum = terms.reduce((total, term) => total + term.total * 2 ** (term.exponent - top), 0);
  return top + Math.log2(sum);
}
