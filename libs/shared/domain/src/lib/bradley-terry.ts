import { assertPositive } from './checks';
import { type Estimate, Z_95 } from './estimate';

/**
 * One person's judgement of a pair: `winner` preferred over `loser`. With `undecided` the person
 * could not choose, and the two are only the pair they were shown.
 */
export interface PairwiseJudgement {
  winner: string;
  loser: string;
  undecided?: boolean;
}

export interface BradleyTerryOptions {
  /** Strengths to start from, e.g. the previous fit's; ideas missing here start at 1. */
  initial?: ReadonlyMap<string, number>;
  /** Stop when no log-strength moves more than this in one step. */
  tolerance?: number;
  /** Stop after this many MM steps in any case. */
  maxSteps?: number;
  /** Normal quantile of the score's interval. */
  z?: number;
}

/** An idea's fitted strength and its score: the chance, 0–100, that it beats an idea drawn at random. */
export interface PairwiseStrength extends Estimate {
  id: string;
  /** Bradley–Terry strength γ: the odds of beating an idea of average strength (γ = 1). */
  strength: number;
  /** Standard error of ln γ. */
  logStrengthError: number;
  comparisons: number;
  /** Judgements won; an undecided one counts half. */
  wins: number;
}

/** Judgements per distinct pair, ideas by index. */
interface PairTally {
  first: number[];
  second: number[];
  games: number[];
}

/** Wins (undecided counting half), comparisons per idea and judgements per pair, ideas by index. */
interface Tally {
  wins: number[];
  comparisons: number[];
  pairs: PairTally;
}

function tally(ideas: readonly string[], judgements: Iterable<PairwiseJudgement>): Tally {
  const index = new Map(ideas.map((id, i) => [id, i]));
  if (index.size !== ideas.length) throw new RangeError('each idea may be listed once');
  const wins = new Array<number>(ideas.length).fill(0);
  const comparisons = new Array<number>(ideas.length).fill(0);
  const pairIndex = new Map<number, number>();
  const pairs: PairTally = { first: [], second: [], games: [] };
  for (const judgement of judgements) {
    if (judgement.winner === judgement.loser) throw new RangeError(`an idea cannot be judged against itself`);
    const winner = index.get(judgement.winner);
    const loser = index.get(judgement.loser);
    if (winner === undefined || loser === undefined) continue;
    wins[winner] += judgement.undecided ? 0.5 : 1;
    wins[loser] += judgement.undecided ? 0.5 : 0;
    comparisons[winner] += 1;
    comparisons[loser] += 1;
    const [first, second] = winner < loser ? [winner, loser] : [loser, winner];
    const key = first * ideas.length + second;
    const existing = pairIndex.get(key);
    if (existing === undefined) {
      pairIndex.set(key, pairs.games.length);
      pairs.first.push(first);
      pairs.second.push(second);
      pairs.games.push(1);
    } else {
      pairs.games[existing] += 1;
    }
  }
  return { wins, comparisons, pairs };
}

/** The prior: each idea has one virtual win and one virtual loss against an opponent of strength 1. */
const PRIOR_GAMES = 2;
const PRIOR_WINS = 1;

/**
 * Multiplies all strengths by the factor c the prior favours most. Judgements only compare ideas,
 * so only the virtual games against the average opponent pin the common scale, and MM steps alone
 * move it towards its optimum by a tiny fraction each. c solves Σ (c·γi − 1) / (c·γi + 1) = 0,
 * found by Newton steps on ln c of at most 1.
 */
function rescaleToPrior(strengths: number[]): void {
  if (strengths.length === 0) return;
  let logFactor = 0;
  for (let step = 0; step < 100; step++) {
    const factor = Math.exp(logFactor);
    let value = 0;
    let slope = 0;
    for (const strength of strengths) {
      const scaled = factor * strength;
      value += (scaled - 1) / (scaled + 1);
      slope += (2 * scaled) / (scaled + 1) ** 2;
    }
    const move = Math.max(-1, Math.min(1, -value / slope));
    logFactor += move;
    if (!(Math.abs(move) > 1e-12)) break;
  }
  const factor = Math.exp(logFactor);
  for (let i = 0; i < strengths.length; i++) strengths[i] *= factor;
}

/**
 * One step of Hunter's (2004) minorise–maximise iteration for the posterior mode, then the best
 * common rescaling; both raise the posterior. On log-strengths, so extrapolation keeps γ > 0.
 */
function mmStep(logStrengths: readonly number[], { wins, pairs }: Tally): number[] {
  const strengths = logStrengths.map(Math.exp);
  const denominators = strengths.map((strength) => PRIOR_GAMES / (strength + 1));
  for (let p = 0; p < pairs.games.length; p++) {
    const i = pairs.first[p];
    const j = pairs.second[p];
    const share = pairs.games[p] / (strengths[i] + strengths[j]);
    denominators[i] += share;
    denominators[j] += share;
  }
  const next = denominators.map((denominator, i) => (wins[i] + PRIOR_WINS) / denominator);
  rescaleToPrior(next);
  return next.map(Math.log);
}

/** The largest |value|, or Infinity if a value is not a number (a leap that overflowed). */
function largestMagnitude(values: readonly number[]): number {
  let largest = 0;
  for (const value of values) {
    const magnitude = value < 0 ? -value : value;
    if (!(magnitude <= largest)) largest = Number.isNaN(magnitude) ? Infinity : magnitude;
  }
  return largest;
}

function length(values: readonly number[]): number {
  return Math.sqrt(values.reduce((sum, value) => sum + value * value, 0));
}

/**
 * Runs MM steps until none moves a log-strength by `tolerance`, accelerated by SQUAREM (Varadhan
 * & Roland 2008): from two steps it leaps along their direction and settles with a third. Pairs
 * chosen as close calls link ideas mostly to their neighbours in strength, where plain MM steps
 * crawl. A leap that leaves more to move than before is dropped for the two plain steps.
 */
function fitLogStrengths(start: number[], data: Tally, tolerance: number, maxSteps: number): number[] {
  let current = start;
  for (let steps = 0; steps < maxSteps; steps += 3) {
    const once = mmStep(current, data);
    const change = once.map((value, i) => value - current[i]);
    if (largestMagnitude(change) < tolerance) return once;
    const twice = mmStep(once, data);
    const bend = twice.map((value, i) => value - 2 * once[i] + current[i]);
    const bendLength = length(bend);
    const stride = bendLength > 0 ? Math.min(-1, -length(change) / bendLength) : -1;
    const leap = current.map((value, i) => value - 2 * stride * change[i] + stride * stride * bend[i]);
    const settled = mmStep(leap, data);
    const leftToMove = largestMagnitude(settled.map((value, i) => value - leap[i]));
    current = leftToMove <= largestMagnitude(change) ? settled : twice;
  }
  return current;
}

/** Standard errors of ln γ from the diagonal of the Fisher information, prior games included. */
function logStrengthErrors(strengths: readonly number[], pairs: PairTally): number[] {
  const information = strengths.map((s) => (PRIOR_GAMES * s) / (s + 1) ** 2);
  for (let p = 0; p < pairs.games.length; p++) {
    const i = pairs.first[p];
    const j = pairs.second[p];
    const varianceOfOneGame = (strengths[i] * strengths[j]) / (strengths[i] + strengths[j]) ** 2;
    information[i] += pairs.games[p] * varianceOfOneGame;
    information[j] += pairs.games[p] * varianceOfOneGame;
  }
  return information.map((value) => 1 / Math.sqrt(value));
}

/** 100 × the mean chance that an idea of strength `strength` beats each of the others. */
function scoreAgainst(strength: number, self: number, strengths: readonly number[]): number {
  if (strengths.length === 1) return (100 * strength) / (strength + 1);
  let total = 0;
  for (let j = 0; j < strengths.length; j++) if (j !== self) total += strength / (strength + strengths[j]);
  return (100 * total) / (strengths.length - 1);
}

/**
 * Fits Bradley–Terry strengths, P(i beats j) = γi / (γi + γj), to pairwise judgements. A weak
 * prior keeps every strength finite: an idea nobody has judged keeps strength 1, that of an average
 * opponent, and one that won every judgement gets a large but finite strength. An undecided
 * judgement counts as half a win for each: the person found the two close, which is evidence.
 * Judgements about ideas not in `ideas` (withdrawn since) are left out.
 */
export function fitBradleyTerry(
  ideas: readonly string[],
  judgements: Iterable<PairwiseJudgement>,
  options: BradleyTerryOptions = {},
): PairwiseStrength[] {
  const { initial, tolerance = 1e-9, maxSteps = 10_000, z = Z_95 } = options;
  assertPositive('z', z);
  assertPositive('the tolerance', tolerance);
  const data = tally(ideas, judgements);
  const start = ideas.map((id) => {
    const strength = initial?.get(id) ?? 1;
    assertPositive('a strength', strength);
    return Math.log(strength);
  });
  const strengths = fitLogStrengths(start, data, tolerance, maxSteps).map(Math.exp);
  const errors = logStrengthErrors(strengths, data.pairs);
  const { wins, comparisons } = data;
  return ideas.map((id, i) => {
    const spread = Math.exp(z * errors[i]);
    return {
      id,
      strength: strengths[i],
      logStrengthError: errors[i],
      score: scoreAgainst(strengths[i], i, strengths),
      lower: scoreAgainst(strengths[i] / spread, i, strengths),
      upper: scoreAgainst(strengths[i] * spread, i, strengths),
      comparisons: comparisons[i],
      wins: wins[i],
    };
  });
}
