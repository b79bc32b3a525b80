import { ChallengeRow } from '@crowdforge/api-challenges';
import { User } from '@crowdforge/api-identity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IdeaRow } from '../idea.entity';

/**
 * One person's support for one idea: the primary key makes it one vote per (idea, voter), and
 * tallies are counted from these rows. The challenge is kept for the per-person limit.
 */
@Entity({ name: 'idea_votes' })
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

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
