import { User } from '@crowdforge/api-identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IdeaRow } from '../idea.entity';

/** A comment on an idea, or a reply; deleting blanks the body (the audit keeps what it said). */
@Entity({ name: 'idea_comments' })
@Index('idea_comments_idea_idx', ['ideaId', 'createdAt'])
@Check('idea_comments_depth_check', `depth BETWEEN 0 AND 2`)
@Check('idea_comments_parent_check', `(depth = 0) = (parent_id IS NULL)`)
@Check('idea_comments_hidden_check', `(hidden_at IS NULL) = (hidden_reason IS NULL)`)
export class CommentRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: IdeaRow;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => CommentRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: CommentRow | null;

  @Column({ type: 'smallint', default: 0 })
  depth!: number;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: User | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'by_staff', type: 'boolean', default: false })
  byStaff!: boolean;

  @Column({ name: 'official_at', type: 'timestamptz', nullable: true })
  officialAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  /** Hidden by a moderator, with its replies: only its author (who sees why) and the moderators see it. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ name: 'hidden_reason', type: 'varchar', length: 500, nullable: true })
  hiddenReason!: string | null;
}
