import { Organisation, User } from '@crowdforge/api-identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A person kept from writing in an organisation's challenges until `endsAt`, or until lifted. */
@Entity({ name: 'organisation_suspensions' })
@Index('organisation_suspensions_person_idx', ['userId', 'organisationId', 'endsAt'])
@Index('organisation_suspensions_organisation_idx', ['organisationId', 'startsAt'])
@Check('organisation_suspensions_period_check', `ends_at > starts_at`)
@Check('organisation_suspensions_reason_check', `length(reason) BETWEEN 1 AND 500`)
export class SuspensionRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true })
  liftedAt!: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User | null;
}
