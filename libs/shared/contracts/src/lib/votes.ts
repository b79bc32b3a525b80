import type { IdeaStatus, IdeaSummary } from './ideas';

/** Ideas still in the running take votes; decided, withdrawn and merged ones do not. */
export const VOTABLE_STATUSES: readonly IdeaStatus[] = ['submitted', 'under_review', 'shortlisted'];

/**
 * How a challenge's participants vote, chosen before voting opens:
 * - `support`: back an idea (a vote is 1);
 * - `up_down`: for or against (1 or -1);
 * - `stars`: a rating of 1 to 5;
 * - `tokens`: spread a budget of tokens over the ideas (a vote is the tokens put on one idea);
 * - `pairwise`: answer "which of these two is better?" for pairs the server picks (no per-idea votes).
 */
export const VOTING_MODES = ['support', 'up_down', 'stars', 'tokens', 'pairwise'] as const;
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
  /** Blind voting: no tallies or vote order for anyone but the organisers until voting closes. */
  blind: boolean;
  /**
   * Support and up/down: the votes in favour that move a submitted idea to "under review" (authors and
   * organisers are told); in blind voting, checked when voting closes. Null: no threshold.
   */
  supportThreshold: number | null;
}

export const DEFAULT_VOTING_RULES: VotingRules = {
  mode: 'support',
  voteLimit: null,
  authorsMayVote: false,
  tokenBudget: null,
  tokensPerIdea: null,
  blind: false,
  supportThreshold: null,
};

/** The modes in which a threshold of votes in favour can move an idea on. */
export const THRESHOLD_MODES: readonly VotingMode[] = ['support', 'up_down'];
/** The highest support threshold organisers can set. */
export const MAX_SUPPORT_THRESHOLD = 1_000_000;

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
    case 'pairwise':
      return false;
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

/**
 * An idea's votes as last counted (a moment after they change): how many, in favour and against,
 * the sum of the values (the net of up and down, the stars given, the tokens placed), and the
 * ranking score with the interval it is uncertain within (the voting mode's estimate).
 */
export interface IdeaTally {
  mode: VotingMode;
  votes: number;
  ups: number;
  downs: number;
  valueSum: number;
  score: number;
  lower: number;
  upper: number;
}

/** How a challenge votes, and whether the viewer sees tallies and vote orders now (not in blind voting). */
export interface VotingOverview {
  rules: VotingRules;
  talliesShown: boolean;
}

/** Whether an idea is in the top k once every score's uncertainty is counted. */
export type TopKStatus = 'certain' | 'possible' | 'out';

/**
 * An idea's place in the ranking: its rank by score, and the best and worst rank the intervals
 * allow, so the web app can say "likely top 10" instead of a false exact order.
 */
export interface RankedIdea {
  idea: IdeaSummary;
  rank: number;
  bestRank: number;
  worstRank: number;
  topK: TopKStatus;
}

export interface IdeaRanking {
  k: number;
  items: RankedIdea[];
}

/** The largest k a ranking may be asked for, and the most ideas it ranks. */
export const MAX_RANKING_K = 100;
export const RANKING_LIMIT = 2000;

/**
 * Live tallies: a board subscribes (server-sent events) to the ideas it shows and receives, a moment
 * after their votes change, each changed idea's tally (null once it has no votes). Not while blind
 * voting hides the tallies from the viewer.
 */
export interface LiveTally {
  ideaId: string;
  tally: IdeaTally | null;
}

/** The name of the server-sent event that carries `LiveTally[]`. */
export const LIVE_TALLIES_EVENT = 'tallies';
/** The most ideas one live subscription follows (a page or two of the board). */
export const MAX_LIVE_IDEAS = 100;

/** A pairwise answer: the idea shown on the left, the one on the right, or neither. */
export const COMPARISON_CHOICES = ['left', 'right', 'cant_decide'] as const;
export type ComparisonChoice = (typeof COMPARISON_CHOICES)[number];

/** One side of a pair: what the voter needs to judge the idea. */
export interface PairIdea {
  id: string;
  title: string;
  pitch: string;
}

/**
 * A pair put to the signed-in voter: answering `promptId` records one comparison, however often
 * the answer is sent. `compared`: how many pairs the voter has answered in the challenge.
 */
export interface PairPrompt {
  promptId: string;
  challengeId: string;
  left: PairIdea;
  right: PairIdea;
  compared: number;
}

/** The answer to a prompt. */
export interface ComparisonAnswer {
  promptId: string;
  choice: ComparisonChoice;
}

/** An answer recorded: how many pairs the voter has answered in the challenge now. */
export interface ComparisonRecorded {
  promptId: string;
  choice: ComparisonChoice;
  compared: number;
}
