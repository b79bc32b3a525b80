import type { PhaseKind } from '@crowdforge/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChallengeRow } from '../challenge.entity';

/**
 * One phase of a challenge as a date window. Whether it is open follows from the dates and
 * the clock alone; `openedAt`/`closedAt` record that the transition was announced (once).
 */
@Entity({ name: 'phase_windows' })
@Index('phase_windows_unique', ['challengeId', 'kind'], { unique: true })
@Check('phase_windows_kind_check', `kind IN ('submission', 'voting', 'review')`)
@Check('phase_windows_order_check', `closes_at IS NULL OR closes_at > opens_at`)
export class PhaseWindowRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeRow, (challenge) => challenge.windows, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeRow;

  @Column({ type: 'varchar', length: 12 })
  kind!: PhaseKind;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt!: Date;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
