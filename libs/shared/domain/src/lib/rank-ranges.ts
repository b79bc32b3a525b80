import type { Estimate } from './estimate';

/**
 * Whether an idea is in the top k: `certain` when even its worst possible rank is within k,
 * `possible` when only its best possible rank is, `out` when not even that.
 */
export type TopKStatus = 'certain' | 'possible' | 'out';

/** Where an idea stands once the uncertainty of every score is taken into account. */
export interface RankRange {
  /** 1 + the number of ideas with a higher score; tied ideas share a rank. */
  rank: number;
  /** 1 + the number of ideas whose interval lies wholly above this one's. */
  bestRank: number;
  /** The number of ideas less those whose interval lies wholly below this one's. */
  worstRank: number;
  topK: TopKStatus;
}

/** How many of the ascending `sorted` values are strictly above `value`. */
function countAbove(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] > value) high = middle;
    else low = middle + 1;
  }
  return sorted.length - low;
}

/** How many of the ascending `sorted` values are strictly below `value`. */
function countBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Orders ideas by score (ties keep their given order) and gives each the range of ranks its
 * interval allows, so a list can say "likely top 10" where overlapping intervals make an exact
 * order a guess. Only non-overlapping intervals separate two ideas; the exact rank always lies
 * within [bestRank, worstRank].
 */
export function rankWithUncertainty<T extends Estimate>(ideas: readonly T[], k: number): (T & RankRange)[] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number >= 1, got ${k}`);
  for (const idea of ideas) {
    if (!(idea.lower <= idea.score && idea.score <= idea.upper)) {
      throw new RangeError(`an interval must hold its score, got ${idea.score} in [${idea.lower}, ${idea.upper}]`);
    }
  }
  const ascending = (values: number[]) => values.sort((a, b) => a - b);
  const scores = ascending(ideas.map((idea) => idea.score));
  const lowers = ascending(ideas.map((idea) => idea.lower));
  const uppers = ascending(ideas.map((idea) => idea.upper));
  return [...ideas]
    .sort((a, b) => b.score - a.score)
    .map((idea) => {
      const bestRank = 1 + countAbove(lowers, idea.upper);
      const worstRank = ideas.length - countBelow(uppers, idea.lower);
      const topK: TopKStatus = worstRank <= k ? 'certain' : bestRank <= k ? 'possible' : 'out';
      return { ...idea, rank: 1 + countAbove(scores, idea.score), bestRank, worstRank, topK };
    });
}
