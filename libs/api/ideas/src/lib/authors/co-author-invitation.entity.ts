import { User } from '@crowdforge/api-identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IdeaRow } from '../idea.entity';

/** An invitation to share the authorship of an idea, addressed to an email address. */
@Entity({ name: 'idea_co_author_invitations' })
@Index('idea_co_author_invitations_unique', ['ideaId', 'email'], { unique: true })
@Index('idea_co_author_invitations_email_idx', ['email'])
@Check('idea_co_author_invitations_state_check', `state IN ('pending', 'accepted', 'declined')`)
export class CoAuthorInvitationRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: IdeaRow;

  /** Lower-cased; only a person with this verified address can answer. */
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: User | null;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  state!: 'pending' | 'accepted' | 'declined';

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;
}
