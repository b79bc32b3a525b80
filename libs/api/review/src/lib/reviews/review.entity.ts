import { User } from '@crowdforge/api-identity';
import { IdeaRow } from '@crowdforge/api-ideas';
import type { CriterionScore, ReviewState } from '@crowdforge/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReviewRoundRow } from '../rounds/review-round.entity';

/**
 * One reviewer's review of one idea in a round: assigned, then draft scores, then submitted. A
 * declared conflict keeps the row (state `conflict`, with the reason) so the reviewer is never
 * assigned that idea again.
 */
@Entity({ name: 'reviews' })
@Index('reviews_assignment_unique', ['roundId', 'ideaId', 'reviewerId'], { unique: true })
@Index('reviews_reviewer_idx', ['reviewerId', 'state'])
@Check('reviews_state_check', `state IN ('assigned', 'draft', 'submitted', 'conflict')`)
@Check('reviews_submitted_check', `(state = 'submitted') = (submitted_at IS NOT NULL)`)
@Check('reviews_conflict_check', `(state = 'conflict') = (conflict_reason IS NOT NULL)`)
@Check('reviews_scores_check', `jsonb_typeof(scores) = 'array'`)
export class ReviewRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => ReviewRoundRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: ReviewRoundRow;

  @Column({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: IdeaRow;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer?: User;

  @Column({ type: 'varchar', length: 10, default: 'assigned' })
  state!: ReviewState;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  scores!: CriterionScore[];

  @Column({ type: 'varchar', length: 4000, default: '' })
  comment!: string;

  /** 0–100, set on submission. */
  @Column({ name: 'weighted_score', type: 'double precision', nullable: true })
  weightedScore!: number | null;

  @Column({ name: 'conflict_reason', type: 'varchar', length: 1000, nullable: true })
  conflictReason!: string | null;

  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
}
