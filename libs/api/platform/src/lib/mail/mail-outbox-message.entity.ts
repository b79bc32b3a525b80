import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A mail that was not sent because no SMTP server is configured; platform admins read them here. */
@Entity({ name: 'mail_outbox' })
@Index('mail_outbox_created_at_idx', ['createdAt'])
export class MailOutboxMessage {
  /** The delivery (job) id: a retried delivery cannot file the same message twice. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** When the platform sent it. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'recipient', type: 'varchar', length: 320 })
  to!: string;

  @Column({ type: 'varchar', length: 1000 })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  html!: string;

  @Column({ type: 'varchar', length: 5 })
  language!: string;

  @Column({ type: 'varchar', length: 100 })
  template!: string;
}
