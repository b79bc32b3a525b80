import { User } from '@crowdforge/api-identity';
import type { IdeaStatus } from '@crowdforge/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IdeaRow } from '../idea.entity';

/** One step in an idea's status history, with what its authors were told. */
@Entity({ name: 'idea_status_changes' })
@Index('idea_status_changes_idea_idx', ['ideaId', 'at'])
export class IdeaStatusChangeRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: IdeaRow;

  @Column({ name: 'from_status', type: 'varchar', length: 20 })
  from!: IdeaStatus;

  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  to!: IdeaStatus;

  @Column({ type: 'varchar', length: 2000, default: '' })
  message!: string;

  @Column({ name: 'by_id', type: 'uuid', nullable: true })
  byId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'by_id' })
  by?: User | null;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
