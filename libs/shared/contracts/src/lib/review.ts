import type { AttachmentView } from './attachments';
import type { RenderedText } from './challenges';
import type { IdeaFieldValue, IdeaStatus, OrganiserStatus } from './ideas';

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

/** What the organisers decide for an idea after a round. */
export const REVIEW_DECISIONS = ['advance', 'shortlist', 'select', 'park', 'decline'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** The idea status each decision sets (`advance` puts the idea on the next round's shortlist). */
export const DECISION_STATUS: Record<ReviewDecision, OrganiserStatus> = {
  advance: 'under_review',
  shortlist: 'shortlisted',
  select: 'selected',
  park: 'parked',
  decline: 'declined',
};

export interface ReviewDecisionInput {
  decision: ReviewDecision;
  /** To the authors; required. */
  feedback: string;
  /** Show the authors the average per criterion. */
  shareCriteria: boolean;
}

export interface ScoreSummaryView {
  count: number;
  mean: number;
  median: number;
  /** Standard deviation. */
  spread: number;
  min: number;
  max: number;
}

export interface CriterionAverage {
  criterion: string;
  name: string;
  mean: number;
  scaleMin: number;
  scaleMax: number;
}

/** One idea's results in a round, as the organisers compare them. */
export interface IdeaReviewResult {
  ideaId: string;
  title: string;
  status: IdeaStatus;
  /** The crowd's judgement: vote score and its rank among the round's ideas. */
  crowd: { voteScore: number; rank: number };
  reviews: { assigned: number; submitted: number };
  /** Weighted scores (0–100) as the reviewers gave them; null before any submission. */
  raw: ScoreSummaryView | null;
  /** With each reviewer's leniency or harshness taken out; null before any submission. */
  normalised: number | null;
  /** Rank by the normalised score, from 1. */
  rank: number | null;
  criteria: CriterionAverage[];
  highDisagreement: boolean;
  /** How often the idea makes the top `cutoff` when its reviews are redrawn (0–1). */
  cutoffProbability: number | null;
  decision: { decision: ReviewDecision; feedback: string; shareCriteria: boolean; decidedAt: string } | null;
}

export interface ReviewerSummary {
  userId: string;
  displayName: string;
  submitted: number;
  /** Points above (or below) a typical reviewer on the same idea. */
  bias: number | null;
}

export interface RoundResults {
  roundId: string;
  /** Krippendorff's alpha (interval) over the submitted weighted scores; null when it cannot be computed. */
  agreement: number | null;
  /** The top n that `cutoffProbability` refers to. */
  cutoff: number;
  ideas: IdeaReviewResult[];
  reviewers: ReviewerSummary[];
}

/** What an idea's authors are told of a round: the decision and feedback, never who reviewed. */
export interface ReviewOutcome {
  roundName: string;
  decision: ReviewDecision;
  feedback: string;
  decidedAt: string;
  /** Only when the organisers chose to share them. */
  criteria: CriterionAverage[] | null;
}

/** Statuses in which an idea's implementation is tracked. */
export const IMPLEMENTATION_STATUSES = ['selected', 'in_implementation', 'implemented'] as const;

export interface ImplementationMilestoneView {
  id: string;
  title: string;
  /** YYYY-MM-DD, or null. */
  dueOn: string | null;
  doneAt: string | null;
}

export interface ImplementationUpdateView {
  id: string;
  /** Markdown, rendered. */
  text: RenderedText;
  /** 0–100. */
  progress: number;
  by: string;
  at: string;
}

/** How a selected idea is being carried out, in public for everyone who sees the idea. */
export interface ImplementationView {
  ideaId: string;
  owner: { id: string; displayName: string } | null;
  realisedValue: string;
  /** The latest update's progress, 0 before any. */
  progress: number;
  milestones: ImplementationMilestoneView[];
  /** Newest first. */
  updates: ImplementationUpdateView[];
  /** Whether the viewer may change it (the organisers and the owner). */
  canEdit: boolean;
}

export interface ImplementationInput {
  ownerId: string | null;
  realisedValue: string;
}

export interface MilestoneInput {
  title: string;
  dueOn: string | null;
  done: boolean;
}

export interface ImplementationUpdateInput {
  markdown: string;
  progress: number;
}
