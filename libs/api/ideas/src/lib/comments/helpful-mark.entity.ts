import { User } from '@crowdforge/api-identity';
import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CommentRow } from './comment.entity';

/** One person found a comment helpful: once per person, so the count is the number of rows. */
@Entity({ name: 'idea_comment_helpful_marks' })
export class HelpfulMarkRow {
  @PrimaryColumn({ name: 'comment_id', type: 'uuid' })
  commentId!: string;

  @ManyToOne(() => CommentRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: CommentRow;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
