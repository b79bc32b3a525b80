import { ChallengeRow } from '@crowdforge/api-challenges';
import { User } from '@crowdforge/api-identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IdeaRow } from '../idea.entity';

/**
 * One person's vote on one idea: the primary key makes it one vote per (idea, voter), and
 * tallies are counted from these rows. `value` is 1 for support, ±1 up or down, 1–5 stars or
 * the tokens placed; the challenge is kept for the per-person limit and token budget.
 */
@Entity({ name: 'idea_votes' })
@Check('idea_votes_value_check', `value BETWEEN -1 AND 1000 AND value <> 0`)
@Check('idea_votes_origin_check', `octet_length(origin) = 16`)
@Index('idea_votes_challenge_voter_idx', ['challengeId', 'voterId'])
@Index('idea_votes_voter_idx', ['voterId'])
export class IdeaVoteRow {
  @PrimaryColumn({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: IdeaRow;

  @PrimaryColumn({ name: 'voter_id', type: 'uuid' })
  voterId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'voter_id' })
  voter?: User;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeRow;

  @Column({ type: 'smallint', default: 1 })
  value!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** When the value last changed (a merge keeps the later vote). */
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** A keyed hash of the client network the vote last changed from (`VoteOrigins`); null before it was kept. */
  @Column({ type: 'bytea', nullable: true })
  origin!: Buffer | null;
}
