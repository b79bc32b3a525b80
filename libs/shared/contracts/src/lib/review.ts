import type { AttachmentView } from './attachments';
import type { RenderedText } from './challenges';
import type { IdeaFieldValue, IdeaStatus } from './ideas';

/**
 * A review round moves from `setup` (shortlist, scorecard and reviewers being chosen) to `open`
 * (reviewers assigned and scoring) to `closed` (scores final, decisions taken).
 */
export const REVIEW_ROUND_STATES = ['setup', 'open', 'closed'] as const;
export type ReviewRoundState = (typeof REVIEW_ROUND_STATES)[number];

/** One criterion of a round's scorecard, scored on whole numbers from `scaleMin` to `scaleMax`. */
export interface ScorecardCriterion {
  /** Stable within the round: scores refer to it. */
  key: string;
  name: string;
  guidance: string;
  /** Relative weight, a positive number. */
  weight: number;
  scaleMin: number;
  scaleMax: number;
  /** A score below this needs a comment; null when none is required. */
  commentBelow: number | null;
}

export interface ReviewRoundInput {
  name: string;
  /** k: how many reviewers score each idea. */
  reviewersPerIdea: number;
  dueAt: string | null;
  /** Authorship hidden from the reviewers. */
  blind: boolean;
  /** Omitted when creating: the brief's evaluation criteria, scored 1–5. */
  scorecard?: ScorecardCriterion[];
}

/** How the shortlist is chosen: these ideas, or the challenge's ideas that pass every rule given. */
export interface ShortlistInput {
  ideaIds?: string[];
  /** The first n by the crowd's ranking (vote score). */
  top?: number;
  statuses?: IdeaStatus[];
  /** A threshold on the crowd's vote score. */
  minVoteScore?: number;
}

export interface RoundReviewerInput {
  userId: string;
  /** Topics the reviewer knows; ideas with a matching tag go to them first. */
  expertise: string[];
}

export interface RoundReviewerView {
  userId: string;
  displayName: string;
  expertise: string[];
  /** Ideas assigned (declared conflicts not counted) and scored. */
  assigned: number;
  submitted: number;
}

export interface ReviewRoundView {
  id: string;
  challengeId: string;
  /** Its place in the challenge's funnel, from 1. */
  position: number;
  name: string;
  state: ReviewRoundState;
  reviewersPerIdea: number;
  dueAt: string | null;
  blind: boolean;
  scorecard: ScorecardCriterion[];
  ideaCount: number;
  reviewerCount: number;
  /** Reviews assigned and submitted so far. */
  progress: { assigned: number; submitted: number };
  createdAt: string;
}

export interface ShortlistedIdeaView {
  ideaId: string;
  title: string;
  status: IdeaStatus;
  voteScore: number;
  /** Who reviews it (the organisers' view). */
  reviewers: { userId: string; displayName: string; state: ReviewState }[];
}

/** A reviewer's work on one idea of a round. `conflict`: declared, and handed to someone else. */
export const REVIEW_STATES = ['assigned', 'draft', 'submitted', 'conflict'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface CriterionScore {
  /** The scorecard criterion's key. */
  criterion: string;
  score: number;
  comment: string;
}

export interface ReviewInput {
  /** At most one per criterion; a draft may leave criteria out. */
  scores: CriterionScore[];
  /** The reviewer's overall remarks. */
  comment: string;
}

/** An entry of a reviewer's queue. */
export interface ReviewQueueItem {
  reviewId: string;
  roundId: string;
  roundName: string;
  challengeId: string;
  challengeTitle: string;
  ideaId: string;
  ideaTitle: string;
  state: ReviewState;
  dueAt: string | null;
}

/** The idea as a reviewer sees it: in a blind round, without a word of who wrote it. */
export interface ReviewedIdea {
  id: string;
  title: string;
  pitch: string;
  description: RenderedText;
  /** Values by the idea form's field keys. */
  fields: Record<string, IdeaFieldValue>;
  tags: string[];
  /** In a blind round under neutral names (a file's name may carry its author's). */
  attachments: AttachmentView[];
  /** Null in a blind round. */
  authors: { id: string; displayName: string }[] | null;
}

export interface ReviewView {
  id: string;
  round: Pick<ReviewRoundView, 'id' | 'name' | 'challengeId' | 'state' | 'dueAt' | 'blind' | 'scorecard'>;
  idea: ReviewedIdea;
  state: ReviewState;
  scores: CriterionScore[];
  comment: string;
  submittedAt: string | null;
  /** The weighted score from 0 to 100, once every criterion is scored. */
  weightedScore: number | null;
}

export interface ConflictInput {
  reason: string;
}

/** What declaring a conflict did: who took the idea over, or that nobody could. */
export interface ConflictOutcome {
  replaced: boolean;
}
