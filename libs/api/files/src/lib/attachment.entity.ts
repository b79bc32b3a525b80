import { User } from '@crowdforge/api-identity';
import type { AttachmentKind, ImageSize } from '@crowdforge/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * An uploaded file as stored: images re-encoded into sizes, documents as uploaded. Which idea,
 * comment or challenge it belongs to is kept by the domain that owns that subject.
 */
@Entity({ name: 'attachments' })
@Index('attachments_owner_idx', ['ownerId'])
@Check('attachments_kind_check', `kind IN ('image', 'document')`)
@Check('attachments_byte_size_check', `byte_size > 0`)
export class AttachmentRow {
  /** Chosen before the row is written: the stored files are named after it. */
  @PrimaryColumn('uuid')
  id!: string;

  /** Who uploaded it; their files count against their quota. */
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: User;

  @Column({ type: 'varchar', length: 10 })
  kind!: AttachmentKind;

  /** As sniffed from the content (images: of the stored sizes), never as the uploader declared. */
  @Column({ name: 'media_type', type: 'varchar', length: 120 })
  mediaType!: string;

  /** The uploader's file name, cleaned, with the extension of the sniffed type. */
  @Column({ type: 'varchar', length: 160 })
  name!: string;

  /** Bytes stored, all sizes together: what counts against the quota. */
  @Column({ name: 'byte_size', type: 'integer' })
  byteSize!: number;

  @Column({ type: 'integer', nullable: true })
  width!: number | null;

  @Column({ type: 'integer', nullable: true })
  height!: number | null;

  /** The sizes stored for an image; empty for a document. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  sizes!: ImageSize[];

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
