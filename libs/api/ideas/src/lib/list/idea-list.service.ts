import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { ProblemException } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import {
  ChallengePolicy,
  ChallengesService,
  POLICY_SQL,
  policyParameters,
  type ChallengeAccess,
  type Viewer,
} from '@crowdforge/api-challenges';
import type { CursorPage, IdeaStatus, IdeaStatusChangeView, IdeaSummary, MyIdea } from '@crowdforge/contracts';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { authorsOf, shownAuthors } from '../authors/author-names';
import { IDEA_VISIBLE_SQL } from '../idea-access';
import { IdeaRow } from '../idea.entity';
import { decodeCursor, encodeCursor } from './idea-cursor';
import type { IdeaListQueryDto, IdeaPageQueryDto, SimilarIdeasQueryDto } from './idea-list.dto';
import { IDEA_LANGUAGE_SQL } from '../search/idea-search';

const SIMILAR_LIMIT = 5;

interface SummaryRow {
  id: string;
  challenge_id: string;
  challenge_title: string;
  status: IdeaStatus;
  title: string;
  pitch: string;
  tags: string[];
  anonymous: boolean;
  version: number;
  created_at: Date;
  submitted_at: Date | null;
  comment_count: number;
  can_manage: boolean;
  is_author: boolean;
}

/**
 * Lists of ideas, newest first by keyset: a challenge's ideas as the viewer may see them, and
 * "my ideas" across challenges. Three queries a page whatever it holds (ideas, authors, feedback).
 */
@Injectable()
export class IdeaListService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly challenges: ChallengesService,
    private readonly policy: ChallengePolicy,
  ) {}

  async inChallenge(
    principal: Principal | null,
    challengeId: string,
    query: IdeaListQueryDto,
  ): Promise<CursorPage<IdeaSummary>> {
    const viewer = await this.policy.viewerFor(principal);
    const challenge = await this.challenges.access(this.entityManager, viewer, challengeId, query.key ?? null);
    if (!challenge) throw new ProblemException(404, 'not_found', 'There is no such challenge.');
    const select = this.inOneChallenge(viewer, challenge);
    if (query.tag) select.andWhere(':tag = ANY(i.tags)', { tag: query.tag });
    if (query.authorId) {
      // Filtering by author must not reveal who wrote an anonymous idea, or a name its author hides.
      select.andWhere(
        `EXISTS (SELECT 1 FROM idea_authors fa JOIN users fu ON fu.id = fa.user_id
          WHERE fa.idea_id = i.id AND fa.user_id = :authorId
            AND (:canManage OR fa.user_id = :userId OR (NOT i.anonymous AND fu.show_name_on_ideas)))`,
        { authorId: query.authorId },
      );
    }
    if (query.q) {
      select.andWhere(`i.search_vector @@ (websearch_to_tsquery('dutch', :q) || websearch_to_tsquery('english', :q))`, {
        q: query.q,
      });
    }
    const page = await this.page(select, query);
    return { items: await this.summaries(page.rows), nextCursor: page.nextCursor };
  }

  async similar(principal: Principal | null, challengeId: string, query: SimilarIdeasQueryDto): Promise<IdeaSummary[]> {
    const viewer = await this.policy.viewerFor(principal);
    const challenge = await this.challenges.access(this.entityManager, viewer, challengeId, query.key ?? null);
    if (!challenge) throw new ProblemException(404, 'not_found', 'There is no such challenge.');
    // Any word in common: the stemmed query with OR between its words (no `::` casts: they clash with parameters).
    const anyWord = `CAST(replace(CAST(plainto_tsquery(${IDEA_LANGUAGE_SQL}, :text) AS text), '&', '|') AS tsquery)`;
    const select = this.inOneChallenge(viewer, challenge)
      .andWhere(`i.status NOT IN ('draft', 'withdrawn', 'merged')`)
      .andWhere(`(i.title % :text OR i.search_vector @@ ${anyWord})`, { text: query.text });
    if (query.except) select.andWhere('i.id <> :except', { except: query.except });
    const rows: SummaryRow[] = await select
      .orderBy(`greatest(similarity(i.title, :text), ts_rank(i.search_vector, ${anyWord}))`, 'DESC')
      .addOrderBy('i.id')
      .limit(SIMILAR_LIMIT)
      .getRawMany();
    return this.summaries(rows);
  }

  async mine(principal: Principal, query: IdeaPageQueryDto): Promise<CursorPage<MyIdea>> {
    const viewer = await this.policy.viewerFor(principal);
    const select = this.visibleTo(viewer, null).andWhere(
      'EXISTS (SELECT 1 FROM idea_authors ma WHERE ma.idea_id = i.id AND ma.user_id = :userId)',
    );
    const page = await this.page(select, query);
    const ids = page.rows.map((row) => row.id);
    const [authors, feedback] = [await authorsOf(this.entityManager, ids), await this.latestFeedback(ids)];
    return {
      items: page.rows.map((row) => ({
        ...summaryOf(row, shownAuthors(authors.get(row.id) ?? [], true, row.anonymous)),
        challengeTitle: row.challenge_title,
        latestFeedback: feedback.get(row.id) ?? null,
      })),
      nextCursor: page.nextCursor,
    };
  }

  private async summaries(rows: SummaryRow[]): Promise<IdeaSummary[]> {
    const authors = await authorsOf(
      this.entityManager,
      rows.map((row) => row.id),
    );
    return rows.map((row) =>
      summaryOf(row, shownAuthors(authors.get(row.id) ?? [], row.is_author || row.can_manage, row.anonymous)),
    );
  }

  /** Ideas the viewer may see across challenges, with the challenge's verdicts, as one query to refine. */
  private visibleTo(viewer: Viewer, key: string | null): SelectQueryBuilder<IdeaRow> {
    return this.summaryColumns()
      .addSelect(POLICY_SQL.organiser, 'can_manage')
      .addSelect(IDEA_VISIBLE_SQL.author, 'is_author')
      .where(IDEA_VISIBLE_SQL.visible)
      .setParameters(policyParameters(viewer, key));
  }

  /** The ideas of one challenge the viewer may see, its verdicts already known. */
  private inOneChallenge(viewer: Viewer, challenge: ChallengeAccess): SelectQueryBuilder<IdeaRow> {
    return this.summaryColumns()
      .addSelect('CAST(:canManage AS boolean)', 'can_manage')
      .addSelect(IDEA_VISIBLE_SQL.author, 'is_author')
      .where('i.challenge_id = :challengeId', { challengeId: challenge.row.id })
      .andWhere(IDEA_VISIBLE_SQL.inKnownChallenge, {
        canManage: challenge.canManage,
        audienceSees: challenge.inAudience && challenge.row.ideaVisibility === 'audience',
        userId: viewer.userId,
      });
  }

  private summaryColumns(): SelectQueryBuilder<IdeaRow> {
    return this.entityManager
      .createQueryBuilder(IdeaRow, 'i')
      .innerJoin('challenges', 'c', 'c.id = i.challenge_id')
      .select([
        'i.id AS id',
        'i.challenge_id AS challenge_id',
        'c.title AS challenge_title',
        'i.status AS status',
        'i.title AS title',
        'i.pitch AS pitch',
        'i.tags AS tags',
        'i.anonymous AS anonymous',
        'i.version AS version',
        'i.created_at AS created_at',
        'i.submitted_at AS submitted_at',
        'CAST((SELECT count(*) FROM idea_comments ic WHERE ic.idea_id = i.id AND ic.deleted_at IS NULL) AS int) AS comment_count',
      ]);
  }

  private async page(
    select: SelectQueryBuilder<IdeaRow>,
    query: IdeaPageQueryDto,
  ): Promise<{ rows: SummaryRow[]; nextCursor: string | null }> {
    if (query.status) select.andWhere('i.status = :status', { status: query.status });
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      select.andWhere('(i.created_at, i.id) < (:cursorAt, :cursorId)', {
        cursorAt: cursor.createdAt,
        cursorId: cursor.id,
      });
    }
    const rows: SummaryRow[] = await select
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(query.limit + 1)
      .getRawMany();
    const more = rows.length > query.limit;
    const shown = more ? rows.slice(0, query.limit) : rows;
    const last = shown.at(-1);
    return { rows: shown, nextCursor: more && last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null };
  }

  /** The organisers' latest message on each idea (not the authors' own submit or withdraw). */
  private async latestFeedback(ideaIds: string[]): Promise<Map<string, IdeaStatusChangeView>> {
    const rows: {
      idea_id: string;
      from_status: IdeaStatus;
      to_status: IdeaStatus;
      message: string;
      by: string | null;
      at: Date;
    }[] = await this.entityManager.query(
      `SELECT DISTINCT ON (s.idea_id) s.idea_id, s.from_status, s.to_status, s.message, u.display_name AS by, s.at
         FROM idea_status_changes s LEFT JOIN users u ON u.id = s.by_id
         WHERE s.idea_id = ANY($1) AND s.message <> ''
         ORDER BY s.idea_id, s.at DESC, s.id DESC`,
      [ideaIds],
    );
    return new Map(
      rows.map((row) => [
        row.idea_id,
        { from: row.from_status, to: row.to_status, message: row.message, by: row.by ?? '', at: row.at.toISOString() },
      ]),
    );
  }
}

function summaryOf(row: SummaryRow, authors: IdeaSummary['authors']): IdeaSummary {
  return {
    id: row.id,
    challengeId: row.challenge_id,
    status: row.status,
    title: row.title,
    pitch: row.pitch,
    tags: row.tags,
    authors,
    edited: row.version > 1,
    commentCount: row.comment_count,
    createdAt: row.created_at.toISOString(),
    submittedAt: row.submitted_at?.toISOString() ?? null,
  };
}
