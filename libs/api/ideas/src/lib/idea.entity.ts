import { User } from '@crowdforge/api-identity';
import { ChallengeRow } from '@crowdforge/api-challenges';
import type { IdeaFieldValue, IdeaStatus } from '@crowdforge/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** An idea for a challenge: a private draft until submitted, then seen by the challenge's audience. */
@Entity({ name: 'ideas' })
@Index('ideas_created_by_idx', ['createdById'])
// One index per keyset order of the list (newest, status then newest, most discussed), read backwards.
@Index('ideas_challenge_newest_idx', ['challengeId', 'createdAt', 'id'])
@Index('ideas_challenge_status_newest_idx', ['challengeId', 'status', 'createdAt', 'id'])
@Index('ideas_challenge_discussed_idx', ['challengeId', 'commentCount', 'createdAt', 'id'])
@Index('ideas_challenge_top_idx', ['challengeId', 'voteScore', 'createdAt', 'id'])
@Index('ideas_challenge_trending_idx', ['challengeId', 'voteTrending', 'createdAt', 'id'])
@Index('ideas_search_idx', { synchronize: false })
@Index('ideas_tags_idx', { synchronize: false })
@Index('ideas_challenge_title_trgm_idx', { synchronize: false })
@Check(
  'ideas_status_check',
  `status IN ('draft', 'submitted', 'under_review', 'shortlisted', 'parked', 'selected', 'in_implementation', 'implemented', 'declined', 'merged', 'withdrawn')`,
)
@Check('ideas_submitted_check', `status = 'draft' OR submitted_at IS NOT NULL`)
@Check('ideas_fields_check', `jsonb_typeof(fields) = 'object'`)
@Check('ideas_comment_count_check', `comment_count >= 0`)
@Check('ideas_merged_into_check', `merged_into_id IS NULL OR (status = 'merged' AND merged_into_id <> id)`)
@Check('ideas_hidden_check', `(hidden_at IS NULL) = (hidden_reason IS NULL)`)
export class IdeaRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeRow;

  /** Who started it; authorship itself lives in `idea_authors`. */
  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: IdeaStatus;

  @Column({ type: 'varchar', length: 160 })
  title!: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  pitch!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  fields!: Record<string, IdeaFieldValue>;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  tags!: string[];

  @Column({ type: 'boolean', default: false })
  anonymous!: boolean;

  /** Versions since submission: 1 as submitted, each later edit adds one. */
  @Column({ type: 'integer', default: 0 })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** Kept up to date on every write, stemmed in the challenge's language (`refreshIdeaSearch`). */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false })
  searchVector?: string | null;

  /** Comments not deleted, kept in the transaction of each comment added or deleted (`recountComments` repairs it). */
  @Column({ name: 'comment_count', type: 'integer', default: 0 })
  commentCount!: number;

  /**
   * The voting mode's ranking score (`idea_tallies.score`), a sort key of the list like `commentCount`;
   * written by `VoteTallies` a moment after votes change, never in a vote's transaction.
   */
  @Column({ name: 'vote_score', type: 'double precision', default: 0 })
  voteScore!: number;

  /** The trending sort key (`trendingKey` of the shared domain), refreshed with `voteScore`. */
  @Column({ name: 'vote_trending', type: 'double precision', default: 0 })
  voteTrending!: number;

  /** When the organisation first answered officially: time to first response is this minus `submittedAt`. */
  @Column({ name: 'first_official_response_at', type: 'timestamptz', nullable: true })
  firstOfficialResponseAt!: Date | null;

  /** Hidden by a moderator: only its authors (who see why) and the challenge's moderators still see it. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ name: 'hidden_reason', type: 'varchar', length: 500, nullable: true })
  hiddenReason!: string | null;

  /** For a merged idea, the idea it continues in. */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @ManyToOne(() => IdeaRow, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: IdeaRow | null;

  /** Locked by a moderator: no new comments or replies; those written stay. */
  @Column({ name: 'comments_locked_at', type: 'timestamptz', nullable: true })
  commentsLockedAt!: Date | null;
}
