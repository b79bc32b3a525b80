import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@crowdforge/api-engagement';
import type { EntityManager } from 'typeorm';
import { IdeaAuthorRow } from '../authors/idea-author.entity';
import { IdeaStatusChangeRow } from '../history/status-change.entity';
import { IdeaRow } from '../idea.entity';
import { VoteMerges } from '../votes/merges/vote-merges';

/**
 * Folds a duplicate idea into the one kept, in the caller's transaction: votes under the voting
 * mode's rules (nobody counted twice), comments with their threads and counts, files and followers
 * move along; the duplicate becomes `merged` with a pointer to the kept idea, and its authors are
 * invited to co-author the kept one and told why.
 */
@Injectable()
export class IdeaMerging {
  constructor(
    private readonly votes: VoteMerges,
    private readonly notifications: NotificationsService,
  ) {}

  async fold(manager: EntityManager, mergedId: string, keptId: string, byId: string, now: Date): Promise<void> {
    // Locks both ideas and checks they are two ideas of one challenge.
    await this.votes.merge(manager, mergedId, keptId);
    const [merged, kept] = await Promise.all(
      [mergedId, keptId].map((id) => manager.findOneOrFail(IdeaRow, { where: { id } })),
    );
    await manager.query(`UPDATE idea_comments SET idea_id = $2 WHERE idea_id = $1`, [mergedId, keptId]);
    await manager.query(`UPDATE ideas SET comment_count = comment_count + $3 WHERE id = $2 AND $1 <> $2`, [
      mergedId,
      keptId,
      merged.commentCount,
    ]);
    await manager.query(`UPDATE idea_attachments SET idea_id = $2, field = NULL WHERE idea_id = $1`, [
      mergedId,
      keptId,
    ]);
    await manager.query(
      `INSERT INTO idea_followers (idea_id, user_id, since)
       SELECT $2, user_id, since FROM idea_followers WHERE idea_id = $1 ON CONFLICT DO NOTHING`,
      [mergedId, keptId],
    );
    const message = `Merged into “${kept.title}”: its votes, comments and files are there now.`;
    await manager.insert(IdeaStatusChangeRow, {
      ideaId: mergedId,
      from: merged.status,
      to: 'merged',
      message,
      byId,
      at: now,
    });
    await manager.update(
      IdeaRow,
      { id: mergedId },
      { status: 'merged', mergedIntoId: keptId, commentCount: 0, updatedAt: now },
    );
    await manager.update(IdeaRow, { id: keptId }, { updatedAt: now });
    await this.inviteAuthors(manager, merged, kept, byId, now);
  }

  /** The duplicate's authors who do not write the kept idea yet are invited to, and everyone is told. */
  private async inviteAuthors(manager: EntityManager, merged: IdeaRow, kept: IdeaRow, byId: string, now: Date) {
    const invited: { user_id: string }[] = await manager.query(
      `INSERT INTO idea_co_author_invitations (idea_id, email, invited_by_id, created_at)
       SELECT $2, lower(u.email), $3, $4 FROM idea_authors a JOIN users u ON u.id = a.user_id
       WHERE a.idea_id = $1 AND NOT EXISTS (SELECT 1 FROM idea_authors k WHERE k.idea_id = $2 AND k.user_id = a.user_id)
       ON CONFLICT (idea_id, email) DO NOTHING
       RETURNING (SELECT id FROM users WHERE lower(email) = idea_co_author_invitations.email) AS user_id`,
      [merged.id, kept.id, byId, now],
    );
    const invitedIds = new Set(invited.map((row) => row.user_id));
    const authors = await manager.find(IdeaAuthorRow, { where: [{ ideaId: merged.id }, { ideaId: kept.id }] });
    for (const userId of new Set(authors.map((author) => author.userId))) {
      const invitation = invitedIds.has(userId)
        ? { en: ' You are invited to co-author it.', nl: ' Je bent uitgenodigd om er mede-auteur van te worden.' }
        : { en: '', nl: '' };
      await this.notifications.notify(
        userId,
        {
          type: 'status_change',
          title: {
            en: `“${merged.title}” was merged into “${kept.title}”`,
            nl: `“${merged.title}” is samengevoegd met “${kept.title}”`,
          },
          body: {
            en: `Both ideas now continue as one, with every vote, comment and file.${invitation.en}`,
            nl: `Beide ideeën gaan samen verder, met alle stemmen, reacties en bestanden.${invitation.nl}`,
          },
          link: `/ideas/${kept.id}`,
        },
        { manager },
      );
    }
  }
}
