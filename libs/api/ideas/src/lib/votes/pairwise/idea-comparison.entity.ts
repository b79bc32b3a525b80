import { ChallengeRow } from '@crowdforge/api-challenges';
import { User } from '@crowdforge/api-identity';
import { COMPARISON_CHOICES, type ComparisonChoice } from '@crowdforge/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IdeaRow } from '../../idea.entity';

/**
 * A pair put to one voter (a prompt) and, once answered, their comparison: which of the two ideas
 * is better, or that they could not decide. The prompt's id is the primary key, so an answer sent
 * twice is recorded once; a voter has at most one open prompt per challenge. Tallies are fitted
 * from the answered rows (ADR 14).
 */
@Entity({ name: 'idea_comparisons' })
@Check('idea_comparisons_distinct_check', `left_idea_id <> right_idea_id`)
@Check('idea_comparisons_outcome_check', `outcome IN (${COMPARISON_CHOICES.map((choice) => `'${choice}'`).join(', ')})`)
@Check('idea_comparisons_answered_check', `(outcome IS NULL) = (answered_at IS NULL)`)
@Index('idea_comparisons_open_idx', ['challengeId', 'voterId'], { unique: true, where: 'outcome IS NULL' })
@Index('idea_comparisons_voter_idx', ['voterId'])
@Index('idea_comparisons_answered_idx', ['challengeId'], { where: 'outcome IS NOT NULL' })
@Index('idea_comparisons_left_idx', ['leftIdeaId'])
@Index('idea_comparisons_right_idx', ['rightIdeaId'])
export class IdeaComparisonRow {
  /** The prompt's id, which the voter sends back with the answer. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeRow;

  @Column({ name: 'voter_id', type: 'uuid' })
  voterId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'voter_id' })
  voter?: User;

  @Column({ name: 'left_idea_id', type: 'uuid' })
  leftIdeaId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'left_idea_id' })
  leftIdea?: IdeaRow;

  @Column({ name: 'right_idea_id', type: 'uuid' })
  rightIdeaId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'right_idea_id' })
  rightIdea?: IdeaRow;

  /** Null while the prompt waits for its answer. */
  @Column({ type: 'text', nullable: true })
  outcome!: ComparisonChoice | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;
}
