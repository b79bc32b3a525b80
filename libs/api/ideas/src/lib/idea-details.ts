import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Clock, renderMarkdown } from '@crowdforge/api-platform';
import type { Viewer } from '@crowdforge/api-challenges';
import type { CoAuthorInvitationView, IdeaDetail, IdeaStatusChangeView } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { attachmentsOf } from './attachments/idea-attachments.service';
import { withNeutralNames } from './attachments/neutral-names';
import {
  authorsOf,
  namingFor,
  shownAuthor,
  shownAuthors,
  type AuthorNaming,
  type AuthorRow,
} from './authors/author-names';
import { CoAuthorInvitationRow } from './authors/co-author-invitation.entity';
import { IdeaFollowerRow } from './follow/idea-follower.entity';
import { IdeaStatusChangeRow } from './history/status-change.entity';
import { IdeaAccessRule, pendingInvitation } from './idea-access';
import { isEditable } from './idea-rules';
import { IdeaRow } from './idea.entity';
import { lineageOf } from './lineage/lineage-of';
import { tallyOf } from './votes/tallies/tally-view';

/**
 * An idea as one viewer may see it: names hidden where the idea is anonymous or an author chose so,
 * and from a blind reviewer (its files under neutral names too).
 */
@Injectable()
export class IdeaDetails {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly access: IdeaAccessRule,
    private readonly clock: Clock,
  ) {}

  async of(viewer: Viewer, ideaId: string): Promise<IdeaDetail> {
    const manager = this.entityManager;
    const access = await this.access.require(manager, viewer, ideaId);
    const { idea, challenge, isAuthor } = access;
    const naming = namingFor(access);
    const authorRows = await authorsOf(manager, ideaId);
    const history = await this.history(ideaId, authorRows, naming);
    const attachments = await attachmentsOf(manager, ideaId);
    const invitations = isAuthor ? await this.invitations(ideaId) : null;
    const pending = await pendingInvitation(manager, viewer, ideaId);
    return {
      id: idea.id,
      challengeId: idea.challengeId,
      challengeTitle: challenge.row.title,
      status: idea.status,
      title: idea.title,
      pitch: idea.pitch,
      description: { markdown: idea.description, html: renderMarkdown(idea.description) },
      fields: idea.fields,
      attachments: access.blindReview ? withNeutralNames(attachments) : attachments,
      mergedInto: await this.mergedInto(idea.mergedIntoId),
      tags: idea.tags,
      anonymous: idea.anonymous,
      authors: shownAuthors(authorRows, naming),
      version: idea.version,
      edited: idea.version > 1,
      createdAt: idea.createdAt.toISOString(),
      submittedAt: idea.submittedAt?.toISOString() ?? null,
      updatedAt: idea.updatedAt.toISOString(),
      firstOfficialResponseAt: idea.firstOfficialResponseAt?.toISOString() ?? null,
      tally: await tallyOf(manager, ideaId, this.clock.now(), challenge.canManage),
      history,
      lineage: await lineageOf(manager, viewer, ideaId),
      viewer: {
        isAuthor,
        canEdit: isAuthor && isEditable(idea.status, challenge, this.clock.now()),
        canManage: challenge.canManage,
        canModerate: challenge.canModerate,
        isFollowing:
          viewer.userId !== null &&
          (await manager.exists(IdeaFollowerRow, { where: { ideaId, userId: viewer.userId } })),
        invitationId: pending?.id ?? null,
      },
      hidden:
        idea.hiddenAt && idea.hiddenReason !== null
          ? { reason: idea.hiddenReason, at: idea.hiddenAt.toISOString() }
          : null,
      commentsLocked: idea.commentsLockedAt !== null,
      invitations,
    };
  }

  private async mergedInto(keptId: string | null): Promise<IdeaDetail['mergedInto']> {
    if (!keptId) return null;
    const kept = await this.entityManager.findOne(IdeaRow, {
      where: { id: keptId },
      select: { id: true, title: true },
    });
    return kept ? { id: kept.id, title: kept.title } : null;
  }

  /** The status changes; those the authors made themselves (submitting, withdrawing) name them as `naming` allows. */
  private async history(ideaId: string, authors: AuthorRow[], naming: AuthorNaming): Promise<IdeaStatusChangeView[]> {
    const rows = await this.entityManager.find(IdeaStatusChangeRow, {
      where: { ideaId },
      relations: { by: true },
      order: { at: 'ASC' },
    });
    return rows.map((row) => {
      const author = authors.find((candidate) => candidate.id === row.byId);
      return {
        from: row.from,
        to: row.to,
        message: row.message,
        by: author ? shownAuthor(author, naming).name : (row.by?.displayName ?? ''),
        at: row.at.toISOString(),
      };
    });
  }

  private async invitations(ideaId: string): Promise<CoAuthorInvitationView[]> {
    const rows = await this.entityManager.find(CoAuthorInvitationRow, {
      where: { ideaId },
      order: { createdAt: 'ASC' },
    });
    return rows.map((row) => ({
      id: row.id,
      email: row.email,
      state: row.state,
      createdAt: row.createdAt.toISOString(),
    }));
  }
}
