import type { AttachmentView } from './attachments';
import type { IdeaTally } from './votes';
import type { RenderedText } from './challenges';

/** Statuses the organisers set, always with a message to the authors. */
export const ORGANISER_STATUSES = [
  'submitted',
  'under_review',
  'shortlisted',
  'parked',
  'selected',
  'in_implementation',
  'implemented',
  'declined',
] as const;
export type OrganiserStatus = (typeof ORGANISER_STATUSES)[number];

/**
 * Where an idea stands: the one list every part of the platform uses. `draft` is private to its
 * authors; `merged` is set by a merge; `withdrawn` is the authors' own choice; the rest are the
 * organisation's decisions.
 */
export const IDEA_STATUSES = ['draft', ...ORGANISER_STATUSES, 'merged', 'withdrawn'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/** A value of one custom field of the challenge's idea form. */
export type IdeaFieldValue = string | number | string[];

export interface IdeaInput {
  title: string;
  pitch: string;
  /** Markdown. */
  description: string;
  /** Values by the idea form's field keys. */
  fields: Record<string, IdeaFieldValue>;
  tags: string[];
  /** Shown to the crowd without the authors' names (where the challenge allows it). */
  anonymous: boolean;
}

export interface SubmitIdeaInput {
  /** The licence version shown to the author, when they have not accepted the current one yet. */
  acceptLicenceVersion?: number;
}

export interface IdeaAuthor {
  /** Null when hidden: an anonymous idea seen by the crowd. */
  id: string | null;
  name: string;
}

export interface CoAuthorInvitationView {
  id: string;
  email: string;
  state: 'pending' | 'accepted' | 'declined';
  createdAt: string;
}

export interface IdeaStatusChangeView {
  from: IdeaStatus;
  to: IdeaStatus;
  message: string;
  by: string;
  at: string;
}

/** What a moderator did to an idea or comment and why. */
export interface ModerationMark {
  reason: string;
  at: string;
}

export interface IdeaViewer {
  isAuthor: boolean;
  canEdit: boolean;
  canManage: boolean;
  /** The organisers and moderators of the challenge: hide, lock, dismiss flags. */
  canModerate: boolean;
  isFollowing: boolean;
  /** A co-author invitation waiting for this person's answer. */
  invitationId: string | null;
}

export interface IdeaDetail {
  id: string;
  challengeId: string;
  challengeTitle: string;
  status: IdeaStatus;
  title: string;
  pitch: string;
  description: RenderedText;
  fields: Record<string, IdeaFieldValue>;
  /** Images and documents, oldest first, including the files in the form's file fields. */
  attachments: AttachmentView[];
  /** For a merged idea, the idea it continues in (its page is where to go). */
  mergedInto: { id: string; title: string } | null;
  tags: string[];
  anonymous: boolean;
  authors: IdeaAuthor[];
  /** Number of versions since submission; above 1 means edited. */
  version: number;
  edited: boolean;
  createdAt: string;
  submittedAt: string | null;
  updatedAt: string;
  /** When the organisation first responded officially (time to first response counts to here). */
  firstOfficialResponseAt: string | null;
  /** The votes so far; null without votes, or while blind voting hides them from the viewer. */
  tally: IdeaTally | null;
  history: IdeaStatusChangeView[];
  lineage: IdeaLineage;
  viewer: IdeaViewer;
  /** Hidden by a moderator: told to its authors and the moderators only (nobody else sees the idea). */
  hidden: ModerationMark | null;
  /** New comments and replies are refused while a moderator keeps the conversation locked. */
  commentsLocked: boolean;
  /** Authors see their pending and answered invitations. */
  invitations: CoAuthorInvitationView[] | null;
}

export interface InviteCoAuthorInput {
  email: string;
}

export interface IdeaStatusInput {
  status: OrganiserStatus;
  /** What the authors are told: required for every change. */
  message: string;
}

/** A page of a list walked by keyset: pass `nextCursor` back as `cursor` for the next page. */
export interface CursorPage<T> {
  items: T[];
  /** Null on the last page. */
  nextCursor: string | null;
}

/** An idea in a list: enough for a card. */
export interface IdeaSummary {
  id: string;
  challengeId: string;
  status: IdeaStatus;
  title: string;
  pitch: string;
  tags: string[];
  authors: IdeaAuthor[];
  edited: boolean;
  /** Comments not deleted. */
  commentCount: number;
  createdAt: string;
  submittedAt: string | null;
  /** The votes so far; null without votes, or while blind voting hides them from the viewer. */
  tally: IdeaTally | null;
}

/** One of my ideas, across challenges: where it stands and the organisers' latest word on it. */
export interface MyIdea extends IdeaSummary {
  challengeTitle: string;
  latestFeedback: IdeaStatusChangeView | null;
}

/**
 * How a challenge's idea board can be ordered: newest, most discussed, top (the voting mode's
 * ranking score) and trending (recent votes in favour count most). Top and trending are refused
 * while blind voting hides the votes from the viewer.
 */
export const IDEA_SORTS = ['newest', 'discussed', 'top', 'trending'] as const;
export const VOTE_SORTS: readonly IdeaSort[] = ['top', 'trending'];
export type IdeaSort = (typeof IDEA_SORTS)[number];

export interface IdeaListQuery {
  sort?: IdeaSort;
  q?: string;
  status?: IdeaStatus;
  tag?: string;
  authorId?: string;
  cursor?: string;
  limit?: number;
}

/** Replies nest at most this deep: a comment (0), a reply (1), a reply to a reply (2). */
export const MAX_COMMENT_DEPTH = 2;

export interface CommentView {
  id: string;
  parentId: string | null;
  depth: number;
  /** Null once deleted; the thread keeps its place. */
  body: RenderedText | null;
  author: IdeaAuthor;
  /** The author speaks for the organisation running the challenge. */
  byStaff: boolean;
  /** Marked by the organisers as the organisation's official response. */
  official: boolean;
  helpful: number;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  /** Hidden by a moderator: shown to its author and the moderators only. */
  hidden: ModerationMark | null;
  viewer: { isAuthor: boolean; markedHelpful: boolean };
}

export interface CommentInput {
  /** Markdown. */
  body: string;
  parentId?: string;
  /** People mentioned (chosen in the editor); each is told, if they can see the idea. */
  mentions?: string[];
}

/** Another idea, named. */
export interface IdeaReference {
  id: string;
  title: string;
  status: IdeaStatus;
}

/** Ideas this one builds on, and those that build on it. */
export interface IdeaLineage {
  buildsOn: IdeaReference[];
  builtOnBy: IdeaReference[];
}

/** Someone who can be mentioned in an idea's conversation: they can see the idea. */
export interface MentionCandidate {
  id: string;
  name: string;
}

/** At most this many people are suggested for one `@` prefix. */
export const MAX_MENTION_CANDIDATES = 8;
