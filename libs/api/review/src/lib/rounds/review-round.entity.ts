import { User } from '@crowdforge/api-identity';
import { ChallengeRow } from '@crowdforge/api-challenges';
import type { ReviewRoundState, ScorecardCriterion } from '@crowdforge/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** One round of a challenge's review funnel: a shortlist, a scorecard, reviewers and a due date. */
@Entity({ name: 'review_rounds' })
@Index('review_rounds_position_unique', ['challengeId', 'position'], { unique: true })
@Check('review_rounds_state_check', `state IN ('setup', 'open', 'closed')`)
@Check('review_rounds_k_check', `reviewers_per_idea BETWEEN 1 AND 10`)
@Check('review_rounds_scorecard_check', `jsonb_typeof(scorecard) = 'array' AND jsonb_array_length(scorecard) > 0`)
export class ReviewRoundRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeRow;

  /** Its place in the funnel, from 1. */
  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 10, default: 'setup' })
  state!: ReviewRoundState;

  @Column({ name: 'reviewers_per_idea', type: 'smallint' })
  reviewersPerIdea!: number;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'boolean', default: true })
  blind!: boolean;

  @Column({ type: 'jsonb' })
  scorecard!: ScorecardCriterion[];

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
