import { ChallengeRow } from '@crowdforge/api-challenges';
import { Organisation, User } from '@crowdforge/api-identity';
import { CommentRow, IdeaRow } from '@crowdforge/api-ideas';
import type { FlagResolution, ModerationKind } from '@crowdforge/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** Someone's flag on an idea or a comment, open until a moderator hides the object or dismisses the flags. */
@Entity({ name: 'moderation_flags' })
// One open flag per person and object: flagging again changes nothing.
@Index('moderation_flags_open_unique', ['objectId', 'flaggedById'], { unique: true, where: 'resolved_at IS NULL' })
@Index('moderation_flags_queue_idx', ['organisationId', 'createdAt'])
@Index('moderation_flags_challenge_idx', ['challengeId', 'createdAt'])
@Check('moderation_flags_kind_check', `kind IN ('idea', 'comment') AND (kind = 'comment') = (comment_id IS NOT NULL)`)
@Check('moderation_flags_object_check', `object_id = coalesce(comment_id, idea_id)`)
@Check(
  'moderation_flags_resolution_check',
  `(resolved_at IS NULL) = (resolution IS NULL) AND (resolution IS NULL OR resolution IN ('hidden', 'dismissed'))`,
)
@Check('moderation_flags_reason_check', `length(reason) BETWEEN 1 AND 500`)
export class FlagRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: ModerationKind;

  /** The idea or the comment flagged. */
  @Column({ name: 'object_id', type: 'uuid' })
  objectId!: string;

  @Column({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: IdeaRow;

  @Column({ name: 'comment_id', type: 'uuid', nullable: true })
  commentId!: string | null;

  @ManyToOne(() => CommentRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: CommentRow | null;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeRow;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ name: 'flagged_by_id', type: 'uuid' })
  flaggedById!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'flagged_by_id' })
  flaggedBy?: User;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by_id' })
  resolvedBy?: User | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  resolution!: FlagResolution | null;
}
