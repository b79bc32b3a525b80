import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Clock, Environment, ProblemException } from '@crowdforge/api-platform';
import type { AttachmentView, ImageSize } from '@crowdforge/contracts';
import type { Readable } from 'node:stream';
import { In, type EntityManager } from 'typeorm';
import { AttachmentRow } from './attachment.entity';
import { storageKey, type PreparedUpload } from './processing/prepared-upload';
import { FileStorage, StoredFileMissing } from './storage/file-storage';

/** A stored file opened for sending. */
export interface OpenedFile {
  stream: Readable;
  mediaType: string;
  name: string;
  /** Images are shown in the page; documents are only downloaded. */
  inline: boolean;
}

const MEGABYTE = 1024 * 1024;

/** Stored attachments: writing them within each person's quota, opening, and removing them. */
@Injectable()
export class Attachments {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly storage: FileStorage,
    private readonly environment: Environment,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores the upload's files, then records it for `ownerId` within their quota and lets `link`
   * attach it to its subject, in one transaction (the caller's `within`, else a new one). Should
   * that fail, the files are removed again.
   */
  async add<T>(
    ownerId: string,
    upload: PreparedUpload,
    link: (manager: EntityManager, row: AttachmentRow) => Promise<T>,
    within?: EntityManager,
  ): Promise<T> {
    await Promise.all(upload.files.map((file) => this.storage.put(file.key, file.data)));
    const record = async (manager: EntityManager) => link(manager, await this.record(manager, ownerId, upload));
    try {
      return await (within ? record(within) : this.entityManager.transaction(record));
    } catch (error) {
      await this.storage.removeAll(upload.id);
      throw error;
    }
  }

  /** Deletes the rows in the caller's transaction; call `discardFiles` once it has committed. */
  async delete(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length > 0) await manager.delete(AttachmentRow, { id: In(ids) });
  }

  /** The stored bytes of deleted attachments. A crash before this leaves files no row names, never the reverse. */
  async discardFiles(ids: string[]): Promise<void> {
    await Promise.all(ids.map((id) => this.storage.removeAll(id)));
  }

  find(manager: EntityManager, ids: string[]): Promise<AttachmentRow[]> {
    return ids.length === 0 ? Promise.resolve([]) : manager.find(AttachmentRow, { where: { id: In(ids) } });
  }

  /** An image in the size asked for (the largest stored if it is smaller), or a document. */
  async open(row: AttachmentRow, size: ImageSize = 'large'): Promise<OpenedFile> {
    const key =
      row.kind === 'image'
        ? storageKey(row.id, row.sizes.includes(size) ? size : row.sizes[row.sizes.length - 1], 'webp')
        : storageKey(row.id, 'document', row.name.split('.').pop() ?? '');
    try {
      const stream = await this.storage.open(key);
      return { stream, mediaType: row.mediaType, name: row.name, inline: row.kind === 'image' };
    } catch (error) {
      if (error instanceof StoredFileMissing)
        throw new ProblemException(404, 'not_found', 'The file of this attachment is missing.');
      throw error;
    }
  }

  private async record(manager: EntityManager, ownerId: string, upload: PreparedUpload): Promise<AttachmentRow> {
    await this.reserveQuota(manager, ownerId, upload.byteSize);
    const row = manager.create(AttachmentRow, {
      id: upload.id,
      ownerId,
      kind: upload.kind,
      mediaType: upload.mediaType,
      name: upload.name,
      byteSize: upload.byteSize,
      width: upload.width,
      height: upload.height,
      sizes: upload.sizes,
      sha256: upload.sha256,
      createdAt: this.clock.now(),
    });
    await manager.insert(AttachmentRow, row);
    return row;
  }

  /** Serialised per person, so parallel uploads cannot together pass the quota. */
  private async reserveQuota(manager: EntityManager, ownerId: string, bytes: number): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('attachments:' || $1, 0))`, [ownerId]);
    const [{ used }]: { used: string }[] = await manager.query(
      'SELECT COALESCE(SUM(byte_size), 0) AS used FROM attachments WHERE owner_id = $1',
      [ownerId],
    );
    const quota = this.environment.ATTACHMENT_QUOTA_MB * MEGABYTE;
    if (Number(used) + bytes > quota) {
      throw new ProblemException(
        409,
        'quota_exceeded',
        `Your files already take ${(Number(used) / MEGABYTE).toFixed(1)} of your ${this.environment.ATTACHMENT_QUOTA_MB} MB: remove some before adding more.`,
      );
    }
  }
}

/** An attachment as the API shows it. */
export function attachmentView(row: AttachmentRow, field: string | null = null): AttachmentView {
  return {
    id: row.id,
    kind: row.kind,
    mediaType: row.mediaType,
    name: row.name,
    byteSize: row.byteSize,
    width: row.width,
    height: row.height,
    field,
    createdAt: row.createdAt.toISOString(),
  };
}
