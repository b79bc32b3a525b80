import type { Language, Page } from './identity';

/** The life of a challenge: drafted, published to its audience, closed with an outcome. */
export const CHALLENGE_STATES = ['draft', 'published', 'closed'] as const;
export type ChallengeState = (typeof CHALLENGE_STATES)[number];

/** Where a challenge stands for a visitor: derived from its state and its phase windows. */
export const CHALLENGE_STAGES = ['draft', 'upcoming', 'open', 'closed'] as const;
export type ChallengeStage = (typeof CHALLENGE_STAGES)[number];

/**
 * Who may see and take part: everyone (listed in browse), anyone holding the secret link,
 * members of the organisation, or named people and verified email domains.
 */
export const CHALLENGE_AUDIENCES = ['public', 'unlisted', 'internal', 'invite_only'] as const;
export type ChallengeAudience = (typeof CHALLENGE_AUDIENCES)[number];

/** Ideas visible to the whole audience (so people build on them) or to the organisers only. */
export const IDEA_VISIBILITIES = ['audience', 'organisers'] as const;
export type IdeaVisibility = (typeof IDEA_VISIBILITIES)[number];

export const LICENCE_KINDS = ['cc_by_4', 'cc_by_sa_4', 'assignment', 'custom'] as const;
export type LicenceKind = (typeof LICENCE_KINDS)[number];

/** Phase windows: each a start and an optional end; they may overlap. */
export const PHASE_KINDS = ['submission', 'voting', 'review'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/** The markdown sections of a brief, in reading order. */
export const BRIEF_SECTIONS = ['problem', 'background', 'objectives', 'constraints', 'rewards'] as const;
export type BriefSection = (typeof BRIEF_SECTIONS)[number];

export const IDEA_FIELD_KINDS = [
  'short_text',
  'long_text',
  'number',
  'single_choice',
  'multiple_choice',
  'url',
  'file',
] as const;
export type IdeaFieldKind = (typeof IDEA_FIELD_KINDS)[number];

export const CHALLENGE_SORTS = ['relevance', 'newest', 'closing_soon'] as const;
export type ChallengeSort = (typeof CHALLENGE_SORTS)[number];

export const ELIGIBILITY_KINDS = ['confirm', 'text'] as const;
export type EligibilityKind = (typeof ELIGIBILITY_KINDS)[number];

export interface EvaluationCriterion {
  name: string;
  guidance: string;
  /** Relative weight, a positive number; scorecards normalise. */
  weight: number;
}

export interface ChallengeContact {
  name: string;
  role: string;
  email: string | null;
}

export interface Sponsor {
  name: string;
  title: string;
}

/** Asked when someone joins: a statement to confirm ("I am 18 or older") or a short answer. */
export interface EligibilityQuestion {
  key: string;
  kind: EligibilityKind;
  prompt: string;
  required: boolean;
}

export interface IdeaFormField {
  key: string;
  kind: IdeaFieldKind;
  label: string;
  help: string;
  required: boolean;
  /** For single and multiple choice. */
  options: string[];
}

export interface PhaseWindowInput {
  kind: PhaseKind;
  opensAt: string;
  /** Null: open-ended (an ongoing challenge). */
  closesAt: string | null;
}

export interface PhaseWindow extends PhaseWindowInput {
  open: boolean;
  openedAt: string | null;
  closedAt: string | null;
}

export interface Licence {
  kind: LicenceKind;
  /** The terms participants accept; for CC licences a standard summary. */
  text: string;
  /** Goes up whenever the terms change; consent is recorded per version. */
  version: number;
}

/** A client on whose behalf an agency runs the challenge, shown instead of the agency. */
export interface OnBehalfOf {
  name: string;
  logoUrl: string | null;
  brandColour: string | null;
}

/** Everything a manager writes into a brief; every field optional on update. */
export interface ChallengeInput {
  title: string;
  tagline: string;
  language: Language;
  brief: Record<BriefSection, string>;
  /** The quantified target of the objectives, e.g. "30% less packaging waste by 2028". */
  objectiveTarget: string;
  criteria: EvaluationCriterion[];
  licence: { kind: LicenceKind; text: string };
  sponsor: Sponsor | null;
  contacts: ChallengeContact[];
  themes: string[];
  onBehalfOf: OnBehalfOf | null;
  audience: ChallengeAudience;
  /** invite_only: named people (by email) and verified email domains. */
  invitedEmails: string[];
  invitedDomains: string[];
  ideaVisibility: IdeaVisibility;
  allowAnonymous: boolean;
  eligibility: EligibilityQuestion[];
  ideaForm: IdeaFormField[];
  windows: PhaseWindowInput[];
}

export type ChallengeUpdate = Partial<ChallengeInput> & {
  /** Required once published: the change becomes a numbered revision with this summary. */
  changeSummary?: string;
};

export interface ChallengeOrganisation {
  id: string;
  slug: string;
  name: string;
  brandColour: string;
  logoUrl: string | null;
}

/** Live figures; null while the challenge hides them. */
export interface ChallengeFigures {
  ideas: number;
  participants: number;
  /** Null while blind voting hides the votes from the viewer. */
  votes: number | null;
}

export interface ChallengeSummary {
  id: string;
  organisation: ChallengeOrganisation;
  onBehalfOf: OnBehalfOf | null;
  title: string;
  tagline: string;
  language: Language;
  /** The uploaded cover image (large size; add `size=small|medium`), null without one. */
  coverImageUrl: string | null;
  state: ChallengeState;
  stage: ChallengeStage;
  audience: ChallengeAudience;
  themes: string[];
  windows: PhaseWindow[];
  figures: ChallengeFigures | null;
  publishedAt: string | null;
}

export interface RenderedText {
  markdown: string;
  /** Sanitised HTML rendered from the markdown. */
  html: string;
}

/** What the caller may do and has done here. */
export interface ChallengeViewer {
  canManage: boolean;
  canTakePart: boolean;
  isParticipant: boolean;
  /** The licence version this person accepted, if any. */
  acceptedLicenceVersion: number | null;
  isFollowing: boolean;
}

/** Only for those who manage the challenge. */
export interface ChallengeOrganiserView {
  unlistedLink: string | null;
  invitedEmails: string[];
  invitedDomains: string[];
}

export interface ChallengeDetail extends ChallengeSummary {
  brief: Record<BriefSection, RenderedText>;
  objectiveTarget: string;
  criteria: EvaluationCriterion[];
  licence: Licence;
  sponsor: Sponsor | null;
  contacts: ChallengeContact[];
  ideaVisibility: IdeaVisibility;
  allowAnonymous: boolean;
  eligibility: EligibilityQuestion[];
  ideaForm: IdeaFormField[];
  revision: number;
  closedAt: string | null;
  closeOut: CloseOut | null;
  viewer: ChallengeViewer;
  organiser: ChallengeOrganiserView | null;
}

export type ChallengePage = Page<ChallengeSummary>;

export interface ChallengeQuery {
  q?: string;
  organisationId?: string;
  theme?: string;
  stage?: ChallengeStage;
  sort?: ChallengeSort;
  limit?: number;
  offset?: number;
}

export interface JoinChallengeInput {
  /** Answers by question key: `true` for a confirmed statement, text otherwise. */
  answers: Record<string, string | boolean>;
  /** The licence version shown to the person; must be the current one. */
  acceptLicenceVersion: number;
}

export interface ChallengeRevisionSummary {
  number: number;
  summary: string;
  createdAt: string;
  author: string;
}

/** A participant's question about the brief, answered publicly by the organisers. */
export interface ChallengeQuestionView {
  id: string;
  body: string;
  author: string;
  createdAt: string;
  answer: { body: RenderedText; by: string; at: string } | null;
}

export const AMENDMENT_STATES = ['open', 'accepted', 'declined'] as const;
export type AmendmentState = (typeof AMENDMENT_STATES)[number];

/** A suggested rewrite of one paragraph of one brief section. */
export interface AmendmentView {
  id: string;
  section: BriefSection;
  /** Zero-based paragraph of the section (paragraphs are separated by a blank line). */
  paragraph: number;
  original: string;
  proposed: string;
  rationale: string;
  author: string;
  createdAt: string;
  state: AmendmentState;
  /** The organisers' reply when they decided. */
  response: string | null;
  decidedAt: string | null;
  /** The revision that took it in, when accepted. */
  revision: number | null;
}

export interface AmendmentInput {
  section: BriefSection;
  paragraph: number;
  proposed: string;
  rationale: string;
}

export interface AnnouncementView {
  id: string;
  title: string;
  body: RenderedText;
  author: string;
  createdAt: string;
}

/** One piece of text that changed between two revisions, as words kept, added and removed. */
export interface TextChange {
  /** e.g. `title`, `brief.problem`, `criteria`, `licence`. */
  field: string;
  parts: { kind: 'same' | 'added' | 'removed'; text: string }[];
}

export interface ChallengeRevisionDetail extends ChallengeRevisionSummary {
  changes: TextChange[];
}

/** What the organisers tell every participant when the challenge closes. */
export interface CloseOut {
  thankYou: RenderedText;
  outcome: RenderedText;
}

export interface CloseChallengeInput {
  thankYou: string;
  outcome: string;
}

/** A starting point for a new brief; the editor fills its fields from `input`. */
export interface ChallengeTemplate {
  key: string;
  name: Record<Language, string>;
  description: Record<Language, string>;
  input: Partial<ChallengeInput>;
}
