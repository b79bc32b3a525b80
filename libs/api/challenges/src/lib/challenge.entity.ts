import { AttachmentRow } from '@crowdforge/api-files';
import { Organisation, User } from '@crowdforge/api-identity';
import type {
  BriefSection,
  ChallengeAudience,
  ChallengeContact,
  ChallengeState,
  EligibilityQuestion,
  EvaluationCriterion,
  IdeaFormField,
  IdeaVisibility,
  Language,
  LicenceKind,
  OnBehalfOf,
  Sponsor,
} from '@crowdforge/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { PhaseWindowRow } from './windows/phase-window.entity';

/** A brief posted by an organisation (possibly on behalf of a client) to an audience. */
@Entity({ name: 'challenges' })
@Index('challenges_organisation_idx', ['organisationId'])
@Index('challenges_search_idx', { synchronize: false })
@Check('challenges_state_check', `state IN ('draft', 'published', 'closed')`)
@Check('challenges_audience_check', `audience IN ('public', 'unlisted', 'internal', 'invite_only')`)
@Check('challenges_idea_visibility_check', `idea_visibility IN ('audience', 'organisers')`)
@Check('challenges_language_check', `language IN ('en', 'nl')`)
@Check('challenges_licence_kind_check', `licence_kind IN ('cc_by_4', 'cc_by_sa_4', 'assignment', 'custom')`)
@Check('challenges_criteria_check', `jsonb_typeof(criteria) = 'array'`)
@Check('challenges_unlisted_token_check', `audience <> 'unlisted' OR unlisted_token IS NOT NULL`)
export class ChallengeRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  state!: ChallengeState;

  @Column({ type: 'varchar', length: 160 })
  title!: string;

  @Column({ type: 'varchar', length: 300, default: '' })
  tagline!: string;

  @Column({ type: 'varchar', length: 2, default: 'en' })
  language!: Language;

  /** An uploaded image; the files themselves live with the attachments. */
  @Column({ name: 'cover_attachment_id', type: 'uuid', nullable: true })
  coverAttachmentId!: string | null;

  @ManyToOne(() => AttachmentRow, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cover_attachment_id' })
  cover?: AttachmentRow | null;

  @Column({ type: 'jsonb' })
  brief!: Record<BriefSection, string>;

  @Column({ name: 'objective_target', type: 'varchar', length: 300, default: '' })
  objectiveTarget!: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  criteria!: EvaluationCriterion[];

  @Column({ name: 'licence_kind', type: 'varchar', length: 20, default: 'cc_by_4' })
  licenceKind!: LicenceKind;

  @Column({ name: 'licence_text', type: 'text', default: '' })
  licenceText!: string;

  @Column({ name: 'licence_version', type: 'integer', default: 1 })
  licenceVersion!: number;

  @Column({ type: 'jsonb', nullable: true })
  sponsor!: Sponsor | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  contacts!: ChallengeContact[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  themes!: string[];

  @Column({ name: 'on_behalf_of', type: 'jsonb', nullable: true })
  onBehalfOf!: OnBehalfOf | null;

  @Column({ type: 'varchar', length: 12, default: 'public' })
  audience!: ChallengeAudience;

  /** The secret of an unlisted challenge's link (192 random bits). */
  @Column({ name: 'unlisted_token', type: 'varchar', length: 64, nullable: true, unique: true })
  unlistedToken!: string | null;

  @Column({ name: 'invited_emails', type: 'text', array: true, default: () => `'{}'` })
  invitedEmails!: string[];

  @Column({ name: 'invited_domains', type: 'text', array: true, default: () => `'{}'` })
  invitedDomains!: string[];

  @Column({ name: 'idea_visibility', type: 'varchar', length: 12, default: 'audience' })
  ideaVisibility!: IdeaVisibility;

  @Column({ name: 'allow_anonymous', type: 'boolean', default: false })
  allowAnonymous!: boolean;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  eligibility!: EligibilityQuestion[];

  @Column({ name: 'idea_form', type: 'jsonb', default: () => `'[]'` })
  ideaForm!: IdeaFormField[];

  /** 0 until published; each published change adds one. */
  @Column({ type: 'integer', default: 0 })
  revision!: number;

  /** Kept up to date by the service in the challenge's own language (Dutch or English stemming). */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false })
  searchVector?: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;

  @OneToMany(() => PhaseWindowRow, (window) => window.challenge)
  windows?: PhaseWindowRow[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** Markdown the organisers publish when they close the challenge. */
  @Column({ name: 'close_thank_you', type: 'text', nullable: true })
  closeThankYou!: string | null;

  @Column({ name: 'close_outcome', type: 'text', nullable: true })
  closeOutcome!: string | null;
}
