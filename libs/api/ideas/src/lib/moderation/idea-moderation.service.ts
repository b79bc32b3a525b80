import { Injectable } from '@nestjs/common';
import { ProblemException } from '@crowdforge/api-platform';
import { NotificationsService } from '@crowdforge/api-engagement';
import type { ChallengeAccess, Viewer } from '@crowdforge/api-challenges';
import type { ModerationKind } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { IdeaAuthorRow } from '../authors/idea-author.entity';
import { countComment } from '../comments/comment-count';
import { CommentRow } from '../comments/comment.entity';
import { commentNotFound, mayReadComment } from '../comments/comment-visibility';
import { IdeaAccessRule } from '../idea-access';
import { IdeaRow } from '../idea.entity';

/** An idea or a comment on one, as a moderator (or someone flagging it) finds it. */
export interface ModerationTarget {
  kind: ModerationKind;
  objectId: string;
  idea: IdeaRow;
  comment: CommentRow | null;
  challenge: ChallengeAccess;
  /** Who is told of a decision: the idea's authors, or the comment's author. */
  authorIds: string[];
}

/**
 * The ideas' side of moderation: finding what is flagged or moderated, hiding and showing ideas and
 * comments, locking an idea's comments, and telling the authors. Each change runs in the caller's
 * transaction, which also resolves the flags and writes the audit (the moderation domain).
 */
@Injectable()
export class IdeaModeration {
  constructor(
    private readonly access: IdeaAccessRule,
    private readonly notifications: NotificationsService,
  ) {}

  /** The idea or comment if the viewer may see it (404 otherwise), its rows locked for a change. */
  async target(manager: EntityManager, viewer: Viewer, kind: ModerationKind, id: string): Promise<ModerationTarget> {
    const lock = { mode: 'pessimistic_write' as const };
    if (kind === 'idea') {
      const { idea, challenge } = await this.access.require(manager, viewer, id, { lock: true });
      const authors = await manager.find(IdeaAuthorRow, { where: { ideaId: id } });
      return { kind, objectId: id, idea, comment: null, challenge, authorIds: authors.map((row) => row.userId) };
    }
    const comment = await manager.findOne(CommentRow, { where: { id }, lock });
    if (!comment) throw commentNotFound();
    const { idea, challenge } = await this.access.require(manager, viewer, comment.ideaId, { lock: true }).catch(() => {
      throw commentNotFound();
    });
    if (!(await mayReadComment(manager, viewer, challenge, comment))) throw commentNotFound();
    return { kind, objectId: id, idea, comment, challenge, authorIds: comment.authorId ? [comment.authorId] : [] };
  }

  /** Hides the target with `reason`, or shows it again (`reason` null); the authors are told either way. */
  async setHidden(manager: EntityManager, target: ModerationTarget, reason: string | null, now: Date): Promise<void> {
    const row = target.comment ?? target.idea;
    if ((row.hiddenAt !== null) === (reason !== null))
      throw new ProblemException(
        409,
        'conflict',
        `This ${target.kind} is ${reason ? 'already hidden' : 'not hidden'}.`,
      );
    const changes = { hiddenAt: reason ? now : null, hiddenReason: reason };
    if (target.comment) {
      await manager.update(CommentRow, { id: target.comment.id }, changes);
      if (!target.comment.deletedAt) await countComment(manager, target.idea.id, reason ? -1 : 1);
    } else {
      await manager.update(IdeaRow, { id: target.idea.id }, changes);
    }
    await this.tellAuthors(manager, target, reason);
  }

  async setCommentsLocked(manager: EntityManager, target: ModerationTarget, locked: boolean, now: Date): Promise<void> {
    if (target.kind !== 'idea')
      throw new ProblemException(400, 'validation_failed', 'Comments are locked on an idea, not on a comment.', [
        { field: 'action', messages: ['lock or unlock the comments of the idea instead'] },
      ]);
    if ((target.idea.commentsLockedAt !== null) === locked)
      throw new ProblemException(
        409,
        'conflict',
        `The comments on this idea are ${locked ? 'already' : 'not'} locked.`,
      );
    await manager.update(IdeaRow, { id: target.idea.id }, { commentsLockedAt: locked ? now : null });
  }

  private async tellAuthors(manager: EntityManager, target: ModerationTarget, reason: string | null): Promise<void> {
    const title = target.idea.title;
    const what =
      target.kind === 'idea'
        ? { en: `Your idea “${title}”`, nl: `Je idee “${title}”` }
        : { en: `Your comment on “${title}”`, nl: `Je reactie op “${title}”` };
    for (const userId of target.authorIds) {
      await this.notifications.notify(
        userId,
        {
          type: 'moderation',
          title: reason
            ? { en: `${what.en} was hidden by a moderator`, nl: `${what.nl} is verborgen door een moderator` }
            : { en: `${what.en} is shown again`, nl: `${what.nl} is weer zichtbaar` },
          body: reason
            ? { en: `Reason: ${reason}`, nl: `Reden: ${reason}` }
            : {
                en: 'A moderator has reviewed it and shows it to everyone again.',
                nl: 'Een moderator heeft het bekeken en toont het weer aan iedereen.',
              },
          link: `/ideas/${target.idea.id}${target.kind === 'comment' ? '#comments' : ''}`,
        },
        { manager },
      );
    }
  }
}
