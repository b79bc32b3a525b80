import { User } from '@crowdforge/api-identity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ChallengeRow } from '../challenge.entity';

/** Someone told about answers, revisions, announcements and the outcome of a challenge. */
@Entity({ name: 'challenge_followers' })
@Index('challenge_followers_user_idx', ['userId'])
export class FollowerRow {
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

  @Column({ name: 'followed_at', type: 'timestamptz' })
  followedAt!: Date;
}
