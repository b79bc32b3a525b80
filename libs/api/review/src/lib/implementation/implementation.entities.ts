import { User } from '@crowdforge/api-identity';
import { IdeaRow } from '@crowdforge/api-ideas';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A selected idea being carried out: its owner and the value it realised. */
@Entity({ name: 'idea_implementations' })
export class ImplementationRow {
  @PrimaryColumn({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: IdeaRow;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner?: User | null;

  @Column({ name: 'realised_value', type: 'varchar', length: 2000, default: '' })
  realisedValue!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'implementation_milestones' })
@Index('implementation_milestones_idea_idx', ['ideaId', 'position'])
export class MilestoneRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => ImplementationRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  implementation?: ImplementationRow;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'integer' })
  position!: number;
}

@Entity({ name: 'implementation_updates' })
@Index('implementation_updates_idea_idx', ['ideaId', 'at'])
@Check('implementation_updates_progress_check', `progress BETWEEN 0 AND 100`)
export class ImplementationUpdateRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => ImplementationRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  implementation?: ImplementationRow;

  @Column({ type: 'varchar', length: 10000 })
  markdown!: string;

  @Column({ type: 'smallint' })
  progress!: number;

  @Column({ name: 'by_id', type: 'uuid', nullable: true })
  byId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'by_id' })
  by?: User | null;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
