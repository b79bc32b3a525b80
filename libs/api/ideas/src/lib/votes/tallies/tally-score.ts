import {
  bayesianAverage,
  supportCountEstimate,
  tokenTotalEstimate,
  wilsonInterval,
  type Estimate,
} from '@crowdforge/domain';
import type { VotingMode } from '@crowdforge/contracts';
import { UNCOMPARED } from './pairwise-tally';

/** An idea's votes as SQL counts them. */
export interface VoteCounts {
  votes: number;
  ups: number;
  downs: number;
  valueSum: number;
  valueSquares: number;
}

/**
 * The ranking score of an idea's votes in the challenge's mode, with the interval it is uncertain
 * within: support by its count, up/down by the Wilson lower bound of the share in favour, stars by
 * the Bayesian average, tokens by their total (ADR 12); pairwise by a Bradley–Terry fit (ADR 14).
 */
export function tallyScore(mode: VotingMode, counts: VoteCounts): Estimate {
  switch (mode) {
    case 'support':
      return supportCountEstimate(counts.ups);
    case 'up_down': {
      const interval = wilsonInterval(counts.ups, counts.downs);
      return { score: interval.lower, ...interval };
    }
    case 'stars':
      return bayesianAverage({ count: counts.votes, sum: counts.valueSum, sumOfSquares: counts.valueSquares });
    case 'tokens':
      return tokenTotalEstimate({ total: counts.valueSum, sumOfSquares: counts.valueSquares });
    case 'pairwise':
      // Fitted over the whole challenge (pairwise-tally.ts); from one idea's counts alone nothing is known.
      return UNCOMPARED;
  }
}
