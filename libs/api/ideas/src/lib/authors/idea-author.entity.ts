import { User } from '@crowdforge/api-identity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IdeaRow } from '../idea.entity';

/** One author of an idea: the person who started it, or a co-author who accepted. */
@Entity({ name: 'idea_authors' })
@Index('idea_authors_user_idx', ['userId'])
export class IdeaAuthorRow {
  @PrimaryColumn({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: IdeaRow;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ name: 'joined_at', type: 'timestamptz' })
  joinedAt!: Date;
}
