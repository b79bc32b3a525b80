import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, invalid, ProblemException } from '@crowdforge/api-platform';
import {
  Attachments,
  attachmentView,
  prepareUpload,
  type AttachmentRow,
  type OpenedFile,
  type Upload,
} from '@crowdforge/api-files';
import type { Principal } from '@crowdforge/api-identity';
import { ChallengePolicy, type Viewer } from '@crowdforge/api-challenges';
import { MAX_ATTACHMENTS_PER_IDEA, type AttachmentView, type ImageSize } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { IdeaAccessRule, type IdeaAccess } from '../idea-access';
import { IdeaRow } from '../idea.entity';
import { isEditable } from '../idea-rules';
import { IdeaAttachmentRow } from './idea-attachment.entity';
import { neutralName } from './neutral-names';

const attachmentNotFound = () => new ProblemException(404, 'not_found', 'This idea has no such attachment.');

/** Files on ideas: added and removed by the authors while the idea may be edited, seen by whoever sees the idea. */
@Injectable()
export class IdeaAttachmentsService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly access: IdeaAccessRule,
    private readonly attachments: Attachments,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Adds a file to the idea, or into one of its form's file fields, replacing the file the field held. */
  async add(principal: Principal, ideaId: string, field: string | null, upload: Upload): Promise<AttachmentView> {
    const viewer = await this.policy.viewerFor(principal);
    // Checked before the upload is processed, and again, under a lock, when it is recorded.
    await this.requireRoomFor(this.entityManager, viewer, ideaId, field, false);
    const prepared = await prepareUpload(upload.data, upload.declaredName, ['image', 'document']);
    const replaced: string[] = [];
    const view = await this.attachments.add(principal.userId, prepared, async (manager, row) => {
      const { idea } = await this.requireRoomFor(manager, viewer, ideaId, field, true);
      const previous = field ? await manager.findOne(IdeaAttachmentRow, { where: { ideaId, field } }) : null;
      if (previous) {
        await this.attachments.delete(manager, [previous.attachmentId]);
        replaced.push(previous.attachmentId);
      }
      const now = this.clock.now();
      await manager.insert(IdeaAttachmentRow, { attachmentId: row.id, ideaId, field, addedAt: now });
      if (field) await manager.update(IdeaRow, { id: ideaId }, { fields: { ...idea.fields, [field]: row.id } });
      await manager.update(IdeaRow, { id: ideaId }, { updatedAt: now });
      await this.audit.append(
        {
          action: 'idea.attachment_added',
          objectType: 'idea',
          objectId: ideaId,
          data: {
            attachmentId: row.id,
            field,
            kind: row.kind,
            byteSize: row.byteSize,
            replaced: previous?.attachmentId,
          },
        },
        manager,
      );
      return attachmentView(row, field);
    });
    await this.attachments.discardFiles(replaced);
    return view;
  }

  async remove(principal: Principal, ideaId: string, attachmentId: string): Promise<void> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { idea, challenge } = await this.requireEditable(manager, viewer, ideaId, true);
      const link = await manager.findOne(IdeaAttachmentRow, { where: { ideaId, attachmentId } });
      if (!link) throw attachmentNotFound();
      if (link.field) {
        const required = challenge.row.ideaForm.some((candidate) => candidate.key === link.field && candidate.required);
        if (required && idea.status !== 'draft')
          throw new ProblemException(
            409,
            'conflict',
            'This file fills a required field: upload its replacement instead.',
          );
        const { [link.field]: _removed, ...fields } = idea.fields;
        await manager.update(IdeaRow, { id: ideaId }, { fields });
      }
      await this.attachments.delete(manager, [attachmentId]);
      await manager.update(IdeaRow, { id: ideaId }, { updatedAt: this.clock.now() });
      await this.audit.append(
        { action: 'idea.attachment_removed', objectType: 'idea', objectId: ideaId, data: { attachmentId } },
        manager,
      );
    });
    await this.attachments.discardFiles([attachmentId]);
  }

  /** The file, for whoever may see the idea (under a neutral name to a blind reviewer); others learn nothing (404). */
  async open(
    principal: Principal | null,
    ideaId: string,
    attachmentId: string,
    options: { key: string | null; size?: ImageSize },
  ): Promise<OpenedFile> {
    const viewer = await this.policy.viewerFor(principal);
    const { blindReview } = await this.access.require(this.entityManager, viewer, ideaId, { key: options.key });
    const files = await filesOf(this.entityManager, ideaId);
    const index = files.findIndex((file) => file.attachment.id === attachmentId.toLowerCase());
    if (index < 0) throw attachmentNotFound();
    const opened = await this.attachments.open(files[index].attachment, options.size);
    return blindReview ? { ...opened, name: neutralName(index, opened.name) } : opened;
  }

  private async requireEditable(
    manager: EntityManager,
    viewer: Viewer,
    ideaId: string,
    lock: boolean,
  ): Promise<IdeaAccess> {
    const access = lock
      ? await this.access.requireAuthor(manager, viewer, ideaId)
      : await this.access.require(manager, viewer, ideaId);
    if (!access.isAuthor) throw new ProblemException(403, 'forbidden', 'Only the authors of this idea may do this.');
    if (!isEditable(access.idea.status, access.challenge, this.clock.now()))
      throw new ProblemException(409, 'conflict', 'This idea can no longer be edited: its review has begun.');
    return access;
  }

  /** The idea may take one more file: in `field` if given, which must be a file field of its form. */
  private async requireRoomFor(
    manager: EntityManager,
    viewer: Viewer,
    ideaId: string,
    field: string | null,
    lock: boolean,
  ): Promise<IdeaAccess> {
    const access = await this.requireEditable(manager, viewer, ideaId, lock);
    if (
      field &&
      !access.challenge.row.ideaForm.some((candidate) => candidate.key === field && candidate.kind === 'file')
    )
      throw invalid([{ field: 'field', messages: [`${field} is not a file field of this challenge’s idea form`] }]);
    const held = await manager.count(IdeaAttachmentRow, { where: { ideaId } });
    const replacing = field ? await manager.exists(IdeaAttachmentRow, { where: { ideaId, field } }) : false;
    if (held >= MAX_ATTACHMENTS_PER_IDEA && !replacing)
      throw new ProblemException(409, 'conflict', `An idea carries at most ${MAX_ATTACHMENTS_PER_IDEA} files.`);
    return access;
  }
}

/** The files an idea carries, oldest first, for its detail view. */
export async function attachmentsOf(manager: EntityManager, ideaId: string): Promise<AttachmentView[]> {
  return (await filesOf(manager, ideaId)).map((file) => attachmentView(file.attachment, file.field));
}

/** The idea's stored files and the form fields they fill, oldest first: the order neutral names count in. */
async function filesOf(
  manager: EntityManager,
  ideaId: string,
): Promise<{ attachment: AttachmentRow; field: string | null }[]> {
  const links = await manager.find(IdeaAttachmentRow, {
    where: { ideaId },
    relations: { attachment: true },
    order: { addedAt: 'ASC', attachmentId: 'ASC' },
  });
  return links.flatMap(({ attachment, field }) => (attachment ? [{ attachment, field }] : []));
}
