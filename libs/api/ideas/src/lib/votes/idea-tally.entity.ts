import { ChallengeRow } from '@crowdforge/api-challenges';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { IdeaRow } from '../idea.entity';

/**
 * An idea's votes counted from its `idea_votes` rows, with its ranking score and the interval the
 * score is uncertain within. Refreshed after votes change and checked by the reconciliation job,
 * so it can always be recomputed from the rows (`VoteTallies`).
 */
@Entity({ name: 'idea_tallies' })
@Index('idea_tallies_challenge_idx', ['challengeId'])
export class IdeaTallyRow {
  @PrimaryColumn({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @OneToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: IdeaRow;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeRow;

  /** Vote rows: supports, up and down votes, ratings or allocations. */
  @Column({ type: 'integer' })
  votes!: number;

  /** Votes with a positive value (supports, up votes, every rating and allocation). */
  @Column({ type: 'integer' })
  ups!: number;

  @Column({ type: 'integer' })
  downs!: number;

  /** The sum of the values: the net of up and down, the stars given, the tokens placed. */
  @Column({ name: 'value_sum', type: 'integer' })
  valueSum!: number;

  /** The sum of the squared values, for the spread of ratings and allocations. */
  @Column({ name: 'value_squares', type: 'double precision' })
  valueSquares!: number;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ name: 'score_lower', type: 'double precision' })
  scoreLower!: number;

  @Column({ name: 'score_upper', type: 'double precision' })
  scoreUpper!: number;

  @Column({ name: 'refreshed_at', type: 'timestamptz' })
  refreshedAt!: Date;
}
