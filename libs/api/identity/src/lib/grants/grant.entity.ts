import type { GrantRole, GrantScope } from '@crowdforge/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Organisation } from '../organisations/organisation.entity';

/** A role on one challenge or review round, possibly for someone outside the organisation. */
@Entity({ name: 'grants' })
@Index('grants_unique', ['userId', 'scope', 'scopeId', 'role'], { unique: true })
@Index('grants_scope_idx', ['scope', 'scopeId'])
@Check('grants_scope_check', `scope IN ('challenge', 'review_round')`)
@Check('grants_role_check', `role IN ('manager', 'moderator', 'reviewer', 'sponsor')`)
export class Grant {
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

  @Column({ type: 'varchar', length: 20 })
  scope!: GrantScope;

  /** The challenge or review round; those domains check that it belongs to the organisation. */
  @Column({ name: 'scope_id', type: 'uuid' })
  scopeId!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: GrantRole;

  @Column({ name: 'granted_by_id', type: 'uuid', nullable: true })
  grantedById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
