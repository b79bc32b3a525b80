import { User } from '@crowdforge/api-identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IdeaRow } from '../idea.entity';

/** "This idea builds on that one": the lineage, shown both ways. */
@Entity({ name: 'idea_links' })
@Index('idea_links_builds_on_idx', ['buildsOnId'])
@Check('idea_links_not_itself_check', `idea_id <> builds_on_id`)
export class IdeaLinkRow {
  @PrimaryColumn({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: IdeaRow;

  @PrimaryColumn({ name: 'builds_on_id', type: 'uuid' })
  buildsOnId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'builds_on_id' })
  buildsOn?: IdeaRow;

  @Column({ name: 'linked_by_id', type: 'uuid', nullable: true })
  linkedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'linked_by_id' })
  linkedBy?: User | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
