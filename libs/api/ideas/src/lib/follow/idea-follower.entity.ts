import { User } from '@crowdforge/api-identity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IdeaRow } from '../idea.entity';

/** Someone who hears of new comments on an idea: its authors and commenters, and whoever follows it. */
@Entity({ name: 'idea_followers' })
@Index('idea_followers_user_idx', ['userId'])
export class IdeaFollowerRow {
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

  @Column({ name: 'since', type: 'timestamptz' })
  since!: Date;
}
