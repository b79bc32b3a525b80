import { User } from '@crowdforge/api-identity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReviewRoundRow } from './review-round.entity';

/** A reviewer of a round, with the topics they know. */
@Entity({ name: 'review_round_reviewers' })
@Index('review_round_reviewers_user_idx', ['userId'])
export class RoundReviewerRow {
  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => ReviewRoundRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: ReviewRoundRow;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  expertise!: string[];

  /** Its place in the list, which breaks ties when assigning. */
  @Column({ type: 'integer' })
  position!: number;
}
