import { User } from '@crowdforge/api-identity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ChallengeRow } from '../challenge.entity';

/** Someone who joined a challenge, with their answers to its eligibility questions. */
@Entity({ name: 'challenge_participants' })
@Index('challenge_participants_user_idx', ['userId'])
export class ParticipantRow {
  @PrimaryColumn({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeRow;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  answers!: Record<string, string | boolean>;

  @Column({ name: 'joined_at', type: 'timestamptz' })
  joinedAt!: Date;
}
