import type { Page } from './identity';
import type { RenderedText } from './challenges';

export const MODERATION_KINDS = ['idea', 'comment'] as const;
export type ModerationKind = (typeof MODERATION_KINDS)[number];

export const FLAG_STATES = ['open', 'resolved'] as const;
export type FlagState = (typeof FLAG_STATES)[number];

/** Why a flag was closed: the object was hidden, or a moderator saw nothing wrong. */
export const FLAG_RESOLUTIONS = ['hidden', 'dismissed'] as const;
export type FlagResolution = (typeof FLAG_RESOLUTIONS)[number];

export const MAX_MODERATION_REASON = 500;
export const MAX_SUSPENSION_DAYS = 365;
export const MAX_GUIDELINES_LENGTH = 20_000;

export interface FlagInput {
  reason: string;
}

/** One person's flag on an idea or comment. */
export interface FlagView {
  id: string;
  kind: ModerationKind;
  objectId: string;
  reason: string;
  state: FlagState;
  createdAt: string;
}

/** An idea or comment in the moderators' queue with the flags raised on it. */
export interface ModerationQueueItem {
  kind: ModerationKind;
  objectId: string;
  ideaId: string;
  ideaTitle: string;
  challengeId: string;
  challengeTitle: string;
  /** The comment's text, or the idea's pitch. */
  excerpt: string;
  /** Who wrote the comment, or who started the idea (moderators see names). */
  authorId: string | null;
  authorName: string;
  hidden: boolean;
  commentsLocked: boolean;
  state: FlagState;
  flags: { reason: string; createdAt: string; resolution: FlagResolution | null }[];
  lastFlaggedAt: string;
}

export const MODERATION_ACTIONS = ['hide', 'unhide', 'dismiss', 'lock_comments', 'unlock_comments'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** `lock_comments` and `unlock_comments` apply to ideas only; `hide` and `unhide` need a reason, told to the authors. */
export interface ModerationDecision {
  action: ModerationAction;
  reason?: string;
}

export interface SuspensionInput {
  userId: string;
  days: number;
  reason: string;
}

export interface SuspensionView {
  id: string;
  userId: string;
  userName: string;
  reason: string;
  startsAt: string;
  endsAt: string;
  liftedAt: string | null;
  active: boolean;
}

export interface GuidelinesInput {
  /** Markdown; empty removes the guidelines. */
  markdown: string;
}

/** An organisation's community guidelines, shown where people write. */
export interface CommunityGuidelines {
  organisationId: string;
  text: RenderedText | null;
  updatedAt: string | null;
}

/** A moderation action from the audit log. */
export interface ModerationLogEntry {
  id: string;
  action: string;
  objectType: string;
  objectId: string;
  actorName: string | null;
  reason: string | null;
  occurredAt: string;
}

export type ModerationLogPage = Page<ModerationLogEntry>;

export const MERGE_PROPOSAL_STATES = ['pending', 'accepted', 'declined'] as const;
export type MergeProposalState = (typeof MERGE_PROPOSAL_STATES)[number];
export const MERGE_ANSWERS = ['accept', 'decline'] as const;
export type MergeAnswer = (typeof MERGE_ANSWERS)[number];

/** Propose to merge this idea (the duplicate) into `intoIdeaId`, the idea that continues. */
export interface MergeProposalInput {
  intoIdeaId: string;
  reason: string;
}

/** An author's answer for their idea; a decline says why. */
export interface MergeAnswerInput {
  answer: MergeAnswer;
  reason?: string;
}

export interface MergeProposalView {
  id: string;
  mergedIdea: { id: string; title: string; accepted: boolean };
  keptIdea: { id: string; title: string; accepted: boolean };
  reason: string;
  state: MergeProposalState;
  declineReason: string | null;
  createdAt: string;
  decidedAt: string | null;
  /** The ideas whose consent the caller may give (as one of their authors) and has not given yet. */
  viewerMayAnswerFor: ('merged' | 'kept')[];
}
