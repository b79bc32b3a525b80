import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Clock, preparedRawMany, ProblemException } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import {
  ChallengePolicy,
  ChallengesService,
  POLICY_SQL,
  policyParameters,
  type ChallengeAccess,
  type Viewer,
} from '@crowdforge/api-challenges';
import {
  RANKING_LIMIT,
  VOTABLE_STATUSES,
  VOTE_SORTS,
  type IdeaRanking,
  type CursorPage,
  type IdeaSort,
  type IdeaStatus,
  type IdeaStatusChangeView,
  type IdeaSummary,
  type MyIdea,
} from '@crowdforge/contracts';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AUTHORS_SQL, shownAuthors, type AuthorRow } from '../authors/author-names';
import { blindReviewerSql } from '../authors/blind-review';
import {
  IDEA_VISIBLE_SQL,
  KNOWN_VERDICTS,
  VERDICTS_OF_CHALLENGE,
  knownVerdicts,
  type ChallengeVerdictsSql,
} from '../idea-access';
import { IdeaRow } from '../idea.entity';
import { decodeCursor, encodeCursor, type IdeaCursor } from './idea-cursor';
import type { IdeaListQueryDto, IdeaPageQueryDto, RankingQueryDto, SimilarIdeasQueryDto } from './idea-list.dto';
import { searchConfigFor } from '../search/idea-search';
import { TALLY_SELECT, estimateOf, talliesHidden, tallyFor, type TallyColumns } from '../votes/tallies/tally-view';
import { rankWithUncertainty } from '@crowdforge/domain';

const SIMILAR_LIMIT = 5;
/** The viewer `:userId` reviews the idea `i` in a blind round. */
const BLIND_REVIEW_SQL = blindReviewerSql('i.id', ':userId');
/** Similar ideas are ranked among this many nearest titles and this many newest ideas sharing a word. */
const SIMILAR_BY_TITLE = 20;
const SIMILAR_BY_WORDS = 100;

type SummaryRow = {
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
  vote_score: number;
  vote_trending: number;
  authors: AuthorRow[] | null;
  can_manage: boolean;
  is_author: boolean;
  /** The viewer reviews it in a blind round. */
  blind_review: boolean;
} & TallyColumns;

/**
 * Lists of ideas by keyset, newest or most discussed first: a challenge's ideas as the viewer may
 * see them, and "my ideas" across challenges. One query a page for the ideas with their authors
 * (and one for the feedback on my ideas), whatever the page holds.
 */
@Injectable()
export class IdeaListService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly challenges: ChallengesService,
    private readonly policy: ChallengePolicy,
    private readonly clock: Clock,
  ) {}

  async inChallenge(
    principal: Principal | null,
    challengeId: string,
    query: IdeaListQueryDto,
  ): Promise<CursorPage<IdeaSummary>> {
    const viewer = await this.policy.viewerFor(principal);
    const key = query.key ?? null;
    // The challenge's verdicts come with the page, in one query; only an empty page asks whether it is there.
    const select = this.inOneChallenge(viewer, challengeId, VERDICTS_OF_CHALLENGE)
      .andWhere(VERDICTS_OF_CHALLENGE.visible)
      .setParameters(policyParameters(viewer, key));
    if (query.tag) select.andWhere('i.tags @> CAST(ARRAY[:tag] AS text[])', { tag: query.tag });
    if (query.authorId) {
      select.andWhere('i.id IN (SELECT fa.idea_id FROM idea_authors fa WHERE fa.user_id = :authorId)', {
        authorId: query.authorId,
      });
      // Filtering by author must not reveal who wrote an anonymous idea, one the viewer reviews blind,
      // or a name its author hides. Kept out of the subquery above, so that the planner reads the
      // author's ideas first.
      if (query.authorId.toLowerCase() !== viewer.userId) {
        select.andWhere(
          `(${VERDICTS_OF_CHALLENGE.canManage}
            OR (NOT i.anonymous AND NOT ${BLIND_REVIEW_SQL}
                AND (SELECT fu.show_name_on_ideas FROM users fu WHERE fu.id = :authorId)))`,
        );
      }
    }
    if (query.q) {
      select.andWhere(`i.search_vector @@ (websearch_to_tsquery('dutch', :q) || websearch_to_tsquery('english', :q))`, {
        q: query.q,
      });
    }
    const page = await this.page(select, query, query.sort);
    if (VOTE_SORTS.includes(query.sort)) await this.assertVotesShownOn(page.rows, viewer, challengeId, key);
    else if (page.rows.length === 0) await this.requireChallenge(viewer, challengeId, key);
    return { items: page.rows.map(summaryFor), nextCursor: page.nextCursor };
  }

  /**
   * The ideas in the running by their voting score, each with the best and worst rank its interval
   * allows and whether it is in the top k for certain, possibly, or not (ADR 12).
   */
  async ranking(principal: Principal | null, challengeId: string, query: RankingQueryDto): Promise<IdeaRanking> {
    const viewer = await this.policy.viewerFor(principal);
    const key = query.key ?? null;
    const rows = await preparedRawMany<SummaryRow>(
      this.inOneChallenge(viewer, challengeId, VERDICTS_OF_CHALLENGE)
        .andWhere(VERDICTS_OF_CHALLENGE.visible)
        .andWhere('i.status IN (:...running)', { running: VOTABLE_STATUSES })
        .setParameters(policyParameters(viewer, key))
        .orderBy('i.vote_score', 'DESC')
        .addOrderBy('i.created_at', 'DESC')
        .addOrderBy('i.id', 'DESC')
        .limit(RANKING_LIMIT),
    );
    await this.assertVotesShownOn(rows, viewer, challengeId, key);
    const estimated = rows.map((row) => ({ row, ...estimateOf(row) }));
    return {
      k: query.k,
      items: rankWithUncertainty(estimated, query.k).map(({ row, rank, bestRank, worstRank, topK }) => ({
        idea: summaryFor(row),
        rank,
        bestRank,
        worstRank,
        topK,
      })),
    };
  }

  async similar(principal: Principal | null, challengeId: string, query: SimilarIdeasQueryDto): Promise<IdeaSummary[]> {
    const viewer = await this.policy.viewerFor(principal);
    const challenge = await this.requireChallenge(viewer, challengeId, query.key ?? null);
    // Any word in common: the stemmed query with OR between its words (no `::` casts: they clash with parameters).
    const anyWord = `CAST(replace(CAST(plainto_tsquery(CAST(:language AS regconfig), :text) AS text), '&', '|') AS tsquery)`;
    const shown = `s.challenge_id = :challengeId AND s.status NOT IN ('draft', 'withdrawn', 'merged')`;
    // Ranking every idea that shares a common word would read the whole challenge: rank a bounded set
    // instead, the nearest titles (GiST trigram index) and the newest ideas sharing a word. The language
    // is a constant so the planner can estimate the matches: a common word walks the newest-first index.
    const select = this.inOneChallenge(viewer, challengeId, KNOWN_VERDICTS)
      .setParameters(knownVerdicts(challenge))
      .andWhere(
        `i.id IN ((SELECT s.id FROM ideas s WHERE ${shown} AND s.title % :text
                 ORDER BY s.title <-> :text LIMIT ${SIMILAR_BY_TITLE})
        UNION (SELECT s.id FROM ideas s
               WHERE ${shown} AND s.search_vector @@ ${anyWord} ORDER BY s.created_at DESC LIMIT ${SIMILAR_BY_WORDS}))`,
        { text: query.text, language: searchConfigFor(challenge.row.language) },
      );
    if (query.except) select.andWhere('i.id <> :except', { except: query.except });
    const rows = await preparedRawMany<SummaryRow>(
      select
        .orderBy(`greatest(similarity(i.title, :text), ts_rank(i.search_vector, ${anyWord}))`, 'DESC')
        .addOrderBy('i.id')
        .limit(SIMILAR_LIMIT),
    );
    return rows.map(summaryFor);
  }

  async mine(principal: Principal, query: IdeaPageQueryDto): Promise<CursorPage<MyIdea>> {
    const viewer = await this.policy.viewerFor(principal);
    const select = this.visibleTo(viewer, null).andWhere(
      'EXISTS (SELECT 1 FROM idea_authors ma WHERE ma.idea_id = i.id AND ma.user_id = :userId)',
    );
    const page = await this.page(select, query, 'newest');
    const feedback = await this.latestFeedback(page.rows.map((row) => row.id));
    return {
      items: page.rows.map((row) => ({
        ...summaryFor(row),
        challengeTitle: row.challenge_title,
        latestFeedback: feedback.get(row.id) ?? null,
      })),
      nextCursor: page.nextCursor,
    };
  }

  /** Ideas the viewer may see across challenges, with the challenge's verdicts, as one query to refine. */
  private visibleTo(viewer: Viewer, key: string | null): SelectQueryBuilder<IdeaRow> {
    return this.summaryColumns()
      .addSelect(POLICY_SQL.organiser, 'can_manage')
      .where(IDEA_VISIBLE_SQL.visible)
      .setParameters(policyParameters(viewer, key));
  }

  /** The ideas of one challenge the viewer may see, given the challenge's verdicts. */
  private inOneChallenge(
    viewer: Viewer,
    challengeId: string,
    verdicts: ChallengeVerdictsSql,
  ): SelectQueryBuilder<IdeaRow> {
    return this.summaryColumns()
      .addSelect(verdicts.canManage, 'can_manage')
      .where('i.challenge_id = :challengeId', { challengeId })
      .andWhere(IDEA_VISIBLE_SQL.inOneChallenge(verdicts), { userId: viewer.userId });
  }

  /** Ordering by votes tells how ideas stand: not while blind voting hides the votes (but to organisers). */
  private async assertVotesShown(viewer: Viewer, challengeId: string, key: string | null): Promise<void> {
    const challenge = await this.requireChallenge(viewer, challengeId, key);
    if (challenge.canManage) return;
    if (await talliesHidden(this.entityManager, challengeId, this.clock.now())) throw votesHidden();
  }

  /**
   * `assertVotesShown` for rows read in vote order, before any is shown: the rows carry the verdicts
   * (blind and hidden, organiser), so only an empty page asks the challenge again.
   */
  private async assertVotesShownOn(
    rows: SummaryRow[],
    viewer: Viewer,
    challengeId: string,
    key: string | null,
  ): Promise<void> {
    if (rows.length === 0) return this.assertVotesShown(viewer, challengeId, key);
    if (rows[0].tally_blind && !rows[0].can_manage) throw votesHidden();
  }

  private async requireChallenge(viewer: Viewer, challengeId: string, key: string | null): Promise<ChallengeAccess> {
    const challenge = await this.challenges.access(this.entityManager, viewer, challengeId, key);
    if (!challenge) throw new ProblemException(404, 'not_found', 'There is no such challenge.');
    return challenge;
  }

  /** The columns of `SummaryRow` but `can_manage`; `is_author` and `blind_review` are of the viewer `:userId`. */
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
        'i.comment_count AS comment_count',
        'i.vote_score AS vote_score',
        'i.vote_trending AS vote_trending',
        `${AUTHORS_SQL} AS authors`,
        `${IDEA_VISIBLE_SQL.author} AS is_author`,
        `${BLIND_REVIEW_SQL} AS blind_review`,
        ...TALLY_SELECT,
      ])
      .leftJoin('idea_tallies', 't', 't.idea_id = i.id')
      .setParameter('now', this.clock.now());
  }

  /** A page in `sort` order; each order's keyset matches an index (see `IdeaRow`). */
  private async page(
    select: SelectQueryBuilder<IdeaRow>,
    query: IdeaPageQueryDto,
    sort: IdeaSort,
  ): Promise<{ rows: SummaryRow[]; nextCursor: string | null }> {
    if (query.status) select.andWhere('i.status = :status', { status: query.status });
    const cursor = query.cursor ? decodeCursor(query.cursor, sort) : null;
    const key = SORT_KEYS[sort];
    if (cursor) {
      select.andWhere(
        key
          ? `(${key}, i.created_at, i.id) < (:cursorKey, :cursorAt, :cursorId)`
          : '(i.created_at, i.id) < (:cursorAt, :cursorId)',
        { cursorKey: cursor.key, cursorAt: cursor.createdAt, cursorId: cursor.id },
      );
    }
    if (key) select.orderBy(key, 'DESC').addOrderBy('i.created_at', 'DESC');
    else select.orderBy('i.created_at', 'DESC');
    const rows = await preparedRawMany<SummaryRow>(select.addOrderBy('i.id', 'DESC').limit(query.limit + 1));
    const more = rows.length > query.limit;
    const shown = more ? rows.slice(0, query.limit) : rows;
    const last = shown.at(-1);
    return { rows: shown, nextCursor: more && last ? encodeCursor(cursorAfter(last, sort)) : null };
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

const votesHidden = () =>
  new ProblemException(409, 'conflict', 'Voting is blind until it closes: ideas are not ordered by votes yet.');

/** The column each order sorts by before `created_at, id` (see the indexes of `IdeaRow`). */
const SORT_KEYS: Record<IdeaSort, string | null> = {
  newest: null,
  discussed: 'i.comment_count',
  top: 'i.vote_score',
  trending: 'i.vote_trending',
};

const SORT_VALUES: Record<IdeaSort, (row: SummaryRow) => number | null> = {
  newest: () => null,
  discussed: (row) => row.comment_count,
  top: (row) => row.vote_score,
  trending: (row) => row.vote_trending,
};

function cursorAfter(row: SummaryRow, sort: IdeaSort): IdeaCursor {
  return { sort, key: SORT_VALUES[sort](row), createdAt: row.created_at, id: row.id };
}

/** The idea for the list, names shown as the viewer may see them (see `namingFor`). */
function summaryFor(row: SummaryRow): IdeaSummary {
  return {
    id: row.id,
    challengeId: row.challenge_id,
    status: row.status,
    title: row.title,
    pitch: row.pitch,
    tags: row.tags,
    authors: shownAuthors(row.authors, {
      seesNames: row.is_author || row.can_manage,
      anonymous: row.anonymous || row.blind_review,
    }),
    edited: row.version > 1,
    commentCount: row.comment_count,
    createdAt: row.created_at.toISOString(),
    submittedAt: row.submitted_at?.toISOString() ?? null,
    tally: tallyFor(row, row.can_manage),
  };
}
