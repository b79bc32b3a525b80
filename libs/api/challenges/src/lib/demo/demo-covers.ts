import { Attachments, demoPicture, prepareUpload } from '@crowdforge/api-files';
import type { EntityManager } from 'typeorm';
import { ChallengeRow } from '../challenge.entity';

/** The hue of each demo challenge's cover, by title. */
const COVER_HUES: Record<string, number> = {
  'Invent a new way to make or drink tea': 150,
  'Minder verpakking in onze winkels': 95,
  'A tea moment for Café Amsterdam': 25,
  'Tea for the commute': 200,
  'Which tea should we bring back?': 45,
  'Name our winter blend': 225,
};

/** Gives the demo challenges their cover images, uploaded as their organiser would. */
export async function seedDemoCovers(manager: EntityManager, attachments: Attachments): Promise<void> {
  const challenges: { id: string; title: string; created_by_id: string }[] = await manager.query(
    'SELECT id, title, created_by_id FROM challenges WHERE title = ANY($1) AND created_by_id IS NOT NULL',
    [Object.keys(COVER_HUES)],
  );
  for (const challenge of challenges) {
    const upload = await prepareUpload(await demoPicture(COVER_HUES[challenge.title]), 'cover.png', ['image']);
    await attachments.add(
      challenge.created_by_id,
      upload,
      (within, row) => within.update(ChallengeRow, { id: challenge.id }, { coverAttachmentId: row.id }),
      manager,
    );
  }
}
