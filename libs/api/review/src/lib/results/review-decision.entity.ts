import { User } from '@crowdforge/api-identity';
import { IdeaRow } from '@crowdforge/api-ideas';
import type { ReviewDecision } from '@crowdforge/contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReviewRoundRow } from '../rounds/review-round.entity';

/** The organisers' decision on an idea after a round, with the feedback its authors read. */
@Entity({ name: 'review_decisions' })
@Check('review_decisions_decision_check', `decision IN ('advance', 'shortlist', 'select', 'park', 'decline')`)
@Check('review_decisions_feedback_check', `length(feedback) > 0`)
export class ReviewDecisionRow {
  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => ReviewRoundRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: ReviewRoundRow;

  @PrimaryColumn({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: IdeaRow;

  @Column({ type: 'varchar', length: 10 })
  decision!: ReviewDecision;

  @Column({ type: 'varchar', length: 4000 })
  feedback!: string;

  /** The authors see the average per criterion. */
  @Column({ name: 'share_criteria', type: 'boolean', default: false })
  shareCriteria!: boolean;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: User | null;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}
