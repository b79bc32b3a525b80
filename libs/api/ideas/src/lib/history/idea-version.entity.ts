import { User } from '@crowdforge/api-identity';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IdeaRow } from '../idea.entity';

/** What a submitted idea said at one version: the text as submitted and after every edit. */
@Entity({ name: 'idea_versions' })
export class IdeaVersionRow {
  @PrimaryColumn({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: IdeaRow;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @Column({ name: 'edited_by_id', type: 'uuid', nullable: true })
  editedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'edited_by_id' })
  editedBy?: User | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
