import { AttachmentRow } from '@crowdforge/api-files';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { IdeaRow } from '../idea.entity';

/** A file an idea carries: shown with it, or filling one of the challenge's idea form file fields. */
@Entity({ name: 'idea_attachments' })
@Index('idea_attachments_idea_idx', ['ideaId', 'addedAt'])
@Index('idea_attachments_field_key', ['ideaId', 'field'], { unique: true, where: 'field IS NOT NULL' })
export class IdeaAttachmentRow {
  @PrimaryColumn({ name: 'attachment_id', type: 'uuid' })
  attachmentId!: string;

  @OneToOne(() => AttachmentRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attachment_id' })
  attachment?: AttachmentRow;

  @Column({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => IdeaRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: IdeaRow;

  /** The key of the idea form's file field this file fills; null for a file shown with the idea. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  field!: string | null;

  @Column({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;
}
