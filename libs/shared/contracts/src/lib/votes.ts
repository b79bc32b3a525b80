import type { IdeaStatus } from './ideas';

/** Ideas still in the running take votes; decided, withdrawn and merged ones do not. */
export const VOTABLE_STATUSES: readonly IdeaStatus[] = ['submitted', 'under_review', 'shortlisted'];

/**
 * How a challenge's participants vote, chosen before voting opens:
 * - `support`: back an idea (a vote is 1);
 * - `up_down`: for or against (1 or -1);
 * - `stars`: a rating of 1 to 5;
 * - `tokens`: spread a budget of tokens over the ideas (a vote is the tokens put on one idea).
 */
export const VOTING_MODES = ['support', 'up_down', 'stars', 'tokens'] as const;
export type VotingMode = (typeof VOTING_MODES)[number];

export interface VotingRules {
  mode: VotingMode;
  /** How many ideas one person may vote on in the challenge; null for no limit. Not used with tokens. */
  voteLimit: number | null;
  /** Whether authors may vote for their own ideas. */
  authorsMayVote: boolean;
  /** Tokens mode: the tokens each person spreads; null in the other modes. */
  tokenBudget: number | null;
  /** Tokens mode: the most tokens one person puts on one idea; null in the other modes. */
  tokensPerIdea: number | null;
}

export const DEFAULT_VOTING_RULES: VotingRules = {
  mode: 'support',
  voteLimit: null,
  authorsMayVote: false,
  tokenBudget: null,
  tokensPerIdea: null,
};

/** The highest vote limit organisers can set. */
export const MAX_VOTE_LIMIT = 1000;
/** The largest token budget organisers can give each person. */
export const MAX_TOKEN_BUDGET = 1000;
export const MAX_STARS = 5;

/** Whether a vote may carry `value` under the rules (tokens: 1 up to the per-idea cap). */
export function isValidVoteValue(rules: VotingRules, value: number): boolean {
  if (!Number.isInteger(value)) return false;
  switch (rules.mode) {
    case 'support':
      return value === 1;
    case 'up_down':
      return value === 1 || value === -1;
    case 'stars':
      return value >= 1 && value <= MAX_STARS;
    case 'tokens':
      return value >= 1 && value <= (rules.tokensPerIdea ?? 0);
  }
}

/** One of the caller's votes: the idea and the value (1 for support, ±1, stars, or tokens). */
export interface MyVote {
  ideaId: string;
  value: number;
}

/** The caller's votes in one challenge under its rules, and what is left to give. */
export interface MyVotes extends VotingRules {
  challengeId: string;
  /** Oldest vote first. */
  votes: MyVote[];
  /** Ideas one may still vote on; null when there is no limit. */
  votesLeft: number | null;
  /** Tokens mode: tokens not yet placed; null in the other modes. */
  tokensLeft: number | null;
}
