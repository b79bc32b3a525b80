import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import {
  AuditService,
  Clock,
  ProblemException,
  RateLimiter,
  renderMarkdown,
  type RateLimit,
} from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import { ChallengePolicy, assertNotSuspended, type Viewer } from '@crowdforge/api-challenges';
import { MAX_COMMENT_DEPTH, type CommentView, type IdeaAuthor } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { namingFor, shownAuthor, type AuthorNaming } from '../authors/author-names';
import type { CommentDto } from '../dto/comment.dto';
import { addIdeaFollower } from '../follow/idea-follows.service';
import { IdeaAccessRule, type IdeaAccess } from '../idea-access';
import { countComment } from './comment-count';
import { COMMENT_ANCESTORS_SQL, commentNotFound, commentShownSql, mayReadComment } from './comment-visibility';
import { CommentNotices } from './comment-notices';
import { CommentRow } from './comment.entity';
import { HelpfulMarkRow } from './helpful-mark.entity';

/** Faster than anyone types: a burst from one account is refused with 429. */
const COMMENTS_PER_TEN_MINUTES = (userId: string): RateLimit => ({
  key: `ideas:comment:${userId}`,
  limit: 30,
  windowSeconds: 600,
});

interface CommentListRow {
  id: string;
  parent_id: string | null;
  depth: number;
  body: string;
  author_id: string | null;
  display_name: string | null;
  show_name_on_ideas: boolean | null;
  by_staff: boolean;
  official_at: Date | null;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  helpful: number;
  marked: boolean;
}

/**
 * The conversation on an idea: comments and replies two levels deep, edits and deletions by their
 * authors (what they said stays in the audit), helpful marks, and the organisers' official response.
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly access: IdeaAccessRule,
    private readonly notices: CommentNotices,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async list(principal: Principal | null, ideaId: string, key: string | null): Promise<CommentView[]> {
    const viewer = await this.policy.viewerFor(principal);
    const access = await this.access.require(this.entityManager, viewer, ideaId, { key });
    return this.commentsOf(viewer, access);
  }

  async add(principal: Principal, ideaId: string, input: CommentDto): Promise<CommentView> {
    await this.rateLimiter.consume(COMMENTS_PER_TEN_MINUTES(principal.userId));
    const viewer = await this.policy.viewerFor(principal);
    const commentId = await this.entityManager.transaction(async (manager) => {
      const access = await this.access.require(manager, viewer, ideaId, { lock: true });
      assertNotSuspended(access.challenge.suspendedUntil);
      assertOpenForComments(access);
      const parent = input.parentId ? await this.parentOf(manager, viewer, access, input.parentId) : null;
      const now = this.clock.now();
      const comment = await manager.save(
        manager.create(CommentRow, {
          ideaId,
          parentId: parent?.id ?? null,
          depth: parent ? parent.depth + 1 : 0,
          authorId: principal.userId,
          body: input.body,
          byStaff: viewer.memberOf.includes(access.challenge.row.organisationId),
          officialAt: null,
          createdAt: now,
          editedAt: null,
          deletedAt: null,
        }),
      );
      await countComment(manager, ideaId, 1);
      await addIdeaFollower(manager, ideaId, principal.userId, now);
      await this.audit.append(
        { action: 'idea.commented', objectType: 'idea_comment', objectId: comment.id, data: { ideaId } },
        manager,
      );
      await this.notices.tell(manager, {
        idea: access.idea,
        commenterId: principal.userId,
        parentAuthorId: parent?.authorId ?? null,
        mentioned: await this.mentionable(manager, ideaId, input.mentions ?? []),
      });
      return comment.id;
    });
    return this.one(viewer, commentId);
  }

  async edit(principal: Principal, commentId: string, body: string): Promise<CommentView> {
    const viewer = await this.policy.viewerFor(principal);
    await this.changeOwn(viewer, commentId, 'idea.comment_edited', { body, editedAt: this.clock.now() });
    return this.one(viewer, commentId);
  }

  async remove(principal: Principal, commentId: string): Promise<void> {
    const viewer = await this.policy.viewerFor(principal);
    await this.changeOwn(viewer, commentId, 'idea.comment_deleted', {
      body: '',
      deletedAt: this.clock.now(),
      officialAt: null,
    });
  }

  /** Marks a comment helpful (`true`) or takes the mark back; never on one's own comment. */
  async markHelpful(principal: Principal, commentId: string, helpful: boolean): Promise<CommentView> {
    const viewer = await this.policy.viewerFor(principal);
    const { comment } = await this.visibleComment(this.entityManager, viewer, commentId);
    if (comment.authorId === principal.userId)
      throw new ProblemException(409, 'conflict', 'You cannot mark your own comment as helpful.');
    if (comment.deletedAt) throw new ProblemException(409, 'conflict', 'This comment was deleted.');
    const mark = { commentId, userId: principal.userId };
    if (helpful) {
      await this.entityManager.createQueryBuilder().insert().into(HelpfulMarkRow).values(mark).orIgnore().execute();
    } else {
      await this.entityManager.delete(HelpfulMarkRow, mark);
    }
    return this.one(viewer, commentId);
  }

  /** The organisers mark a comment by the organisation's staff as its official response. */
  async markOfficial(principal: Principal, commentId: string): Promise<CommentView> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { comment, access } = await this.visibleComment(manager, viewer, commentId, true);
      const { challenge } = access;
      if (!challenge.canManage)
        throw new ProblemException(403, 'forbidden', 'Only the organisers of the challenge mark official responses.');
      if (!comment.byStaff || comment.deletedAt)
        throw new ProblemException(
          409,
          'conflict',
          'Only a comment by the organisation’s staff can be its official response.',
        );
      if (comment.officialAt) return;
      await manager.update(CommentRow, { id: commentId }, { officialAt: this.clock.now() });
      // The first official response counts from when it was written.
      await manager.query(
        `UPDATE ideas SET first_official_response_at = $2 WHERE id = $1
           AND (first_official_response_at IS NULL OR first_official_response_at > $2)`,
        [comment.ideaId, comment.createdAt],
      );
      await this.audit.append(
        {
          action: 'idea.official_response',
          objectType: 'idea_comment',
          objectId: commentId,
          data: { ideaId: comment.ideaId },
        },
        manager,
      );
    });
    return this.one(viewer, commentId);
  }

  /** Changes one's own comment; the audit keeps what it said before. */
  private async changeOwn(
    viewer: Viewer,
    commentId: string,
    action: string,
    changes: Partial<Pick<CommentRow, 'body' | 'editedAt' | 'deletedAt' | 'officialAt'>>,
  ): Promise<void> {
    await this.entityManager.transaction(async (manager) => {
      const comment = await this.ownComment(manager, viewer, commentId);
      await this.audit.append(
        { action, objectType: 'idea_comment', objectId: commentId, data: { before: comment.body } },
        manager,
      );
      await manager.update(CommentRow, { id: commentId }, changes);
      if (changes.deletedAt) await countComment(manager, comment.ideaId, -1);
    });
  }

  private async parentOf(
    manager: EntityManager,
    viewer: Viewer,
    { idea, challenge }: IdeaAccess,
    parentId: string,
  ): Promise<CommentRow> {
    const parent = await manager.findOne(CommentRow, { where: { id: parentId, ideaId: idea.id } });
    if (!parent || parent.deletedAt || parent.hiddenAt || !(await mayReadComment(manager, viewer, challenge, parent)))
      throw new ProblemException(404, 'not_found', 'The comment you reply to is not on this idea.');
    if (parent.depth >= MAX_COMMENT_DEPTH)
      throw new ProblemException(400, 'validation_failed', `Replies nest at most ${MAX_COMMENT_DEPTH} levels deep.`, [
        { field: 'parentId', messages: ['reply to the comment above it instead'] },
      ]);
    return parent;
  }

  /** Mentioned people who can see the idea; others are not told (and learn nothing). */
  private async mentionable(manager: EntityManager, ideaId: string, userIds: string[]): Promise<string[]> {
    const existing: { id: string }[] = await manager.query(
      `SELECT id FROM users WHERE id = ANY($1) AND deleted_at IS NULL`,
      [[...new Set(userIds)]],
    );
    const visible: string[] = [];
    for (const { id } of existing) {
      const mentioned = await this.policy.viewerOf(id);
      const seen = await this.access.require(manager, mentioned, ideaId).then(
        () => true,
        () => false,
      );
      if (seen) visible.push(id);
    }
    return visible;
  }

  /** The comment and its idea if the viewer may read the comment (404 otherwise). */
  private async visibleComment(
    manager: EntityManager,
    viewer: Viewer,
    commentId: string,
    lock = false,
  ): Promise<{ comment: CommentRow; access: IdeaAccess }> {
    const comment = await manager.findOne(CommentRow, {
      where: { id: commentId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!comment) throw commentNotFound();
    const access = await this.access.require(manager, viewer, comment.ideaId, { lock }).catch(() => {
      throw commentNotFound();
    });
    if (!(await mayReadComment(manager, viewer, access.challenge, comment))) throw commentNotFound();
    return { comment, access };
  }

  private async ownComment(manager: EntityManager, viewer: Viewer, commentId: string): Promise<CommentRow> {
    const { comment, access } = await this.visibleComment(manager, viewer, commentId, true);
    if (comment.authorId !== viewer.userId)
      throw new ProblemException(403, 'forbidden', 'Only its author may change or delete a comment.');
    assertNotSuspended(access.challenge.suspendedUntil);
    if (comment.deletedAt) throw new ProblemException(409, 'conflict', 'This comment was deleted.');
    if (comment.hiddenAt)
      throw new ProblemException(409, 'conflict', 'A moderator hid this comment: it can no longer be changed.');
    return comment;
  }

  private async one(viewer: Viewer, commentId: string): Promise<CommentView> {
    const { access } = await this.visibleComment(this.entityManager, viewer, commentId);
    const found = (await this.commentsOf(viewer, access, commentId))[0];
    if (!found) throw commentNotFound();
    return found;
  }

  /** The thread in one query: authors, staff and official marks, helpful counts and the viewer's marks. */
  private async commentsOf(viewer: Viewer, access: IdeaAccess, onlyId?: string): Promise<CommentView[]> {
    const { idea, challenge } = access;
    const rows: CommentListRow[] = await this.entityManager.query(
      `SELECT c.id, c.parent_id, c.depth, c.body, c.author_id, u.display_name, u.show_name_on_ideas, c.by_staff,
              c.official_at, c.created_at, c.edited_at, c.deleted_at, c.hidden_at, c.hidden_reason,
              (SELECT count(*)::int FROM idea_comment_helpful_marks h WHERE h.comment_id = c.id) AS helpful,
              EXISTS (SELECT 1 FROM idea_comment_helpful_marks h WHERE h.comment_id = c.id AND h.user_id = $2) AS marked
       FROM idea_comments c LEFT JOIN users u ON u.id = c.author_id ${COMMENT_ANCESTORS_SQL}
       WHERE c.idea_id = $1 AND ($3::uuid IS NULL OR c.id = $3) AND ${commentShownSql('$4::boolean', '$2::uuid')}
       ORDER BY c.created_at, c.id`,
      [idea.id, viewer.userId, onlyId ?? null, challenge.canModerate],
    );
    const naming = namingFor(access);
    const authorIds = await this.authorIds(idea.id);
    return rows.map((row) => ({
      id: row.id,
      parentId: row.parent_id,
      depth: row.depth,
      body: row.deleted_at ? null : { markdown: row.body, html: renderMarkdown(row.body) },
      author: commentAuthor(row, naming, authorIds),
      byStaff: row.by_staff,
      official: row.official_at !== null,
      helpful: row.helpful,
      createdAt: row.created_at.toISOString(),
      editedAt: row.edited_at?.toISOString() ?? null,
      deleted: row.deleted_at !== null,
      hidden:
        row.hidden_at && row.hidden_reason !== null
          ? { reason: row.hidden_reason, at: row.hidden_at.toISOString() }
          : null,
      viewer: { isAuthor: row.author_id !== null && row.author_id === viewer.userId, markedHelpful: row.marked },
    }));
  }

  private async authorIds(ideaId: string): Promise<Set<string>> {
    const rows: { user_id: string }[] = await this.entityManager.query(
      `SELECT user_id FROM idea_authors WHERE idea_id = $1`,
      [ideaId],
    );
    return new Set(rows.map((row) => row.user_id));
  }
}

/**
 * Where the idea's authors are not named to the viewer (an anonymous idea, a blind review), they are
 * not named in its comments either. Staff speak for the organisation under their name, except as
 * one of those authors.
 */
function commentAuthor(row: CommentListRow, naming: AuthorNaming, ideaAuthorIds: Set<string>): IdeaAuthor {
  if (row.author_id === null) return { id: null, name: 'Former member' };
  const anonymous = naming.anonymous && ideaAuthorIds.has(row.author_id);
  return shownAuthor(
    { id: row.author_id, display_name: row.display_name ?? '', show_name_on_ideas: row.show_name_on_ideas ?? true },
    { seesNames: naming.seesNames || (row.by_staff && !anonymous), anonymous },
  );
}

function assertOpenForComments({ idea }: IdeaAccess): void {
  if (idea.status === 'draft') throw new ProblemException(409, 'conflict', 'Comments open once the idea is submitted.');
  if (idea.status === 'withdrawn' || idea.status === 'merged')
    throw new ProblemException(409, 'conflict', `This idea is ${idea.status}: it takes no more comments.`);
  if (idea.hiddenAt) throw new ProblemException(409, 'conflict', 'A moderator hid this idea: it takes no comments.');
  if (idea.commentsLockedAt)
    throw new ProblemException(
      409,
      'conflict',
      'A moderator locked the comments on this idea: no new comments or replies.',
    );
}
