import { Attachments, demoPicture, prepareUpload } from '@crowdforge/api-files';
import type { EntityManager } from 'typeorm';
import { IdeaAttachmentRow } from '../attachments/idea-attachment.entity';

const PROTOTYPE_PLAN = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

/** Two pictures and a plan on a demo idea, added by its author. */
export async function seedDemoAttachments(manager: EntityManager, attachments: Attachments): Promise<void> {
  const [idea]: { id: string; author_id: string }[] = await manager.query(
    `SELECT i.id, a.user_id AS author_id FROM ideas i JOIN idea_authors a ON a.idea_id = i.id
     WHERE i.title = 'A folding infuser bottle for the train' ORDER BY a.joined_at LIMIT 1`,
  );
  if (!idea) return;
  const files = [
    await prepareUpload(await demoPicture(175), 'bottle on the train.png', ['image']),
    await prepareUpload(await demoPicture(330), 'folded flat.png', ['image']),
    await prepareUpload(PROTOTYPE_PLAN, 'prototype plan.pdf', ['document']),
  ];
  for (const [index, file] of files.entries()) {
    await attachments.add(
      idea.author_id,
      file,
      (within, row) =>
        within.insert(IdeaAttachmentRow, {
          attachmentId: row.id,
          ideaId: idea.id,
          field: null,
          addedAt: new Date(row.createdAt.getTime() + index),
        }),
      manager,
    );
  }
}
