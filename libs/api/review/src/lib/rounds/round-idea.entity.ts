import { IdeaRow } from '@crowdforge/api-ideas';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReviewRoundRow } from './review-round.entity';

/** An idea on a round's shortlist. */
@Entity({ name: 'review_round_ideas' })
@Index('review_round_ideas_idea_idx', ['ideaId'])
export class RoundIdeaRow {
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

  /** Its place on the shortlist, as chosen (the crowd's order for a ranking). */
  @Column({ type: 'integer' })
  position!: number;
}
