import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: who did what to which object, when and from where. */
@Entity({ name: 'audit_log' })
@Index('audit_log_object_idx', ['objectType', 'objectId', 'occurredAt'])
@Index('audit_log_actor_idx', ['actorId', 'occurredAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** Null for the system itself (jobs, seeds). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 100 })
  action!: string;

  @Column({ name: 'object_type', type: 'varchar', length: 60 })
  objectType!: string;

  @Column({ name: 'object_id', type: 'varchar', length: 100 })
  objectId!: string;

  @Column({ type: 'inet', nullable: true })
  ip!: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 400, nullable: true })
  userAgent!: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;
}
