import { User } from '@crowdforge/api-identity';
import type { AmendmentState, BriefSection } from '@crowdforge/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChallengeRow } from '../challenge.entity';

/** A suggested rewrite of one paragraph of the brief; accepting it makes a revision. */
@Entity({ name: 'challenge_amendments' })
@Index('challenge_amendments_challenge_idx', ['challengeId', 'createdAt'])
@Check('challenge_amendments_state_check', `state IN ('open', 'accepted', 'declined')`)
@Check(
  'challenge_amendments_section_check',
  `section IN ('problem', 'background', 'objectives', 'constraints', 'rewards')`,
)
export class AmendmentRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeRow;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: User | null;

  @Column({ type: 'varchar', length: 20 })
  section!: BriefSection;

  @Column({ type: 'integer' })
  paragraph!: number;

  /** The paragraph as it read when the suggestion was made. */
  @Column({ type: 'text' })
  original!: string;

  @Column({ type: 'text' })
  proposed!: string;

  @Column({ type: 'varchar', length: 2000 })
  rationale!: string;

  @Column({ type: 'varchar', length: 12, default: 'open' })
  state!: AmendmentState;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  response!: string | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'integer', nullable: true })
  revision!: number | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
