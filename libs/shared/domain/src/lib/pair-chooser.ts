import { assertNonNegative, assertPositive } from './checks';

/** What the chooser knows of an idea: how often it was compared and its Bradley–Terry strength. */
export interface PairCandidate {
  id: string;
  comparisons: number;
  strength: number;
}

/** The same key for a pair in either order, to keep the pairs a person has seen in a set. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** New ideas first: an idea compared c times is drawn with weight 1 / (1 + c). */
function novelty(candidate: PairCandidate): number {
  return 1 / (1 + candidate.comparisons);
}

/**
 * 4·p·(1 − p) with p the chance that `a` beats `b`: 1 for equal strengths, near 0 for a foregone
 * conclusion. It is proportional to what one judgement tells about the pair.
 */
function closeness(a: PairCandidate, b: PairCandidate): number {
  return (4 * a.strength * b.strength) / (a.strength + b.strength) ** 2;
}

/** Index drawn with probability proportional to its weight; -1 when no weight is positive. */
function drawWeighted(weights: readonly number[], random: () => number): number {
  let total = 0;
  for (const weight of weights) total += weight;
  if (!(total > 0)) return -1;
  let remaining = random() * total;
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    if (weights[i] <= 0) continue;
    last = i;
    remaining -= weights[i];
    if (remaining < 0) return i;
  }
  return last;
}

/**
 * Picks the next pair to show a person: the first idea favours those compared least, so new ideas
 * catch up; the second also favours close calls with the first, where a judgement says most. Pairs
 * in `seen` (keys from `pairKey`) are never offered again, the two ideas are never the same, and
 * which is shown first is random, so position favours neither. Null when no unseen pair is left.
 * `random` returns a number in [0, 1), like `Math.random`.
 */
export function chooseNextPair(
  candidates: readonly PairCandidate[],
  random: () => number,
  seen: ReadonlySet<string> = new Set(),
): [string, string] | null {
  const firstWeights = candidates.map((candidate) => {
    assertNonNegative('comparisons', candidate.comparisons);
    assertPositive('a strength', candidate.strength);
    return novelty(candidate);
  });
  for (;;) {
    const i = drawWeighted(firstWeights, random);
    if (i < 0) return null;
    const first = candidates[i];
    const secondWeights = candidates.map((second) => {
      if (second.id === first.id) return 0;
      // However lopsided, a pair keeps a positive weight, so null means no unseen pair is left.
      const weight = novelty(second) * closeness(first, second);
      return weight > 0 ? weight : Number.MIN_VALUE;
    });
    for (let j = drawWeighted(secondWeights, random); j >= 0; j = drawWeighted(secondWeights, random)) {
      const second = candidates[j];
      if (!seen.has(pairKey(first.id, second.id))) {
        return random() < 0.5 ? [first.id, second.id] : [second.id, first.id];
      }
      secondWeights[j] = 0;
    }
    firstWeights[i] = 0;
  }
}
