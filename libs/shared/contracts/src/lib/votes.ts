import type { IdeaStatus } from './ideas';

/** Ideas still in the running take votes; decided, withdrawn and merged ones do not. */
export const VOTABLE_STATUSES: readonly IdeaStatus[] = ['submitted', 'under_review', 'shortlisted'];

/** How a challenge's participants vote: each supports the ideas they back (more modes follow). */
export interface VotingRules {
  /** How many ideas one person may support in the challenge; null for no limit. */
  voteLimit: number | null;
  /** Whether authors may support their own ideas. */
  authorsMayVote: boolean;
}

/** The highest vote limit organisers can set. */
export const MAX_VOTE_LIMIT = 1000;

/** The caller's support in one challenge: which ideas, and how many votes are left. */
export interface MyVotes {
  challengeId: string;
  ideaIds: string[];
  voteLimit: number | null;
  authorsMayVote: boolean;
  /** Null when there is no limit. */
  votesLeft: number | null;
}
