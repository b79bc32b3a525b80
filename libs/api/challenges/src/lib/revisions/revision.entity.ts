import { User } from '@crowdforge/api-identity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChallengeRow } from '../challenge.entity';
import type { BriefSnapshot } from './brief-snapshot';

/** The published brief as it stood after a change: revision 0 at publication, then one per change. */
@Entity({ name: 'challenge_revisions' })
@Index('challenge_revisions_unique', ['challengeId', 'number'], { unique: true })
export class RevisionRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeRow;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 500 })
  summary!: string;

  @Column({ type: 'jsonb' })
  snapshot!: BriefSnapshot;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
