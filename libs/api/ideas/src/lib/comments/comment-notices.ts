import { Injectable } from '@nestjs/common';
import { NotificationsService } from '@crowdforge/api-engagement';
import type { EntityManager } from 'typeorm';
import type { IdeaRow } from '../idea.entity';

export interface CommentNotice {
  idea: IdeaRow;
  commenterId: string;
  parentAuthorId: string | null;
  /** Mentioned people who can see the idea. */
  mentioned: string[];
}

/**
 * Who hears of a new comment, in the comment's transaction: the mentioned (as a mention), and
 * the idea's followers — its authors and commenters among them — and the author of the comment
 * replied to. Nobody hears of their own comment, nobody twice.
 */
@Injectable()
export class CommentNotices {
  constructor(private readonly notifications: NotificationsService) {}

  async tell(manager: EntityManager, notice: CommentNotice): Promise<void> {
    const { idea, commenterId } = notice;
    const link = `/ideas/${idea.id}#comments`;
    const mentioned = new Set(notice.mentioned.filter((id) => id !== commenterId));
    for (const userId of mentioned) {
      await this.notifications.notify(
        userId,
        {
          type: 'mention',
          title: { en: `You were mentioned on “${idea.title}”`, nl: `Je bent genoemd bij “${idea.title}”` },
          body: { en: 'Someone mentioned you in a comment.', nl: 'Iemand noemde je in een reactie.' },
          link,
        },
        { manager },
      );
    }
    const followers: { user_id: string }[] = await manager.query(
      `SELECT user_id FROM idea_followers WHERE idea_id = $1`,
      [idea.id],
    );
    const others = new Set([
      ...followers.map((row) => row.user_id),
      ...(notice.parentAuthorId ? [notice.parentAuthorId] : []),
    ]);
    for (const userId of others) {
      if (userId === commenterId || mentioned.has(userId)) continue;
      await this.notifications.notify(
        userId,
        {
          type: 'comment',
          title: { en: `New comment on “${idea.title}”`, nl: `Nieuwe reactie op “${idea.title}”` },
          body: {
            en: 'The conversation on an idea you follow goes on.',
            nl: 'Het gesprek over een idee dat je volgt gaat verder.',
          },
          link,
        },
        { manager },
      );
    }
  }
}
