import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Clock } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import type { ChallengePage, ChallengeSort, ChallengeStage } from '@crowdforge/contracts';
import { In, type EntityManager } from 'typeorm';
import { ChallengeRow } from '../challenge.entity';
import { ChallengePolicy, POLICY_SQL, policyParameters } from '../challenge-policy';
import type { ChallengeQueryDto } from '../dto/challenge-query.dto';
import { toSummary } from '../views';
import { CLOSES_NEXT_SQL, STAGE_SQL } from '../windows/phase-rules';
import { ChallengeFigures } from './challenge-figures';

/** A query in either language matches documents stemmed in theirs. */
const MATCHES = `c.search_vector @@ (websearch_to_tsquery('dutch', :q) || websearch_to_tsquery('english', :q))`;
const RANK = `ts_rank(c.search_vector, websearch_to_tsquery('dutch', :q) || websearch_to_tsquery('english', :q))`;

const ORDER: Record<ChallengeSort, string> = {
  relevance: `${RANK} DESC, c.published_at DESC NULLS LAST, c.id`,
  newest: `c.published_at DESC NULLS FIRST, c.created_at DESC, c.id`,
  closing_soon: `${CLOSES_NEXT_SQL} ASC NULLS LAST, c.published_at DESC NULLS LAST, c.id`,
};

/** Finding challenges: only what the viewer may see, filtered, searched and sorted in PostgreSQL. */
@Injectable()
export class ChallengeBrowseService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly figures: ChallengeFigures,
    private readonly clock: Clock,
  ) {}

  async browse(principal: Principal | null, query: ChallengeQueryDto): Promise<ChallengePage> {
    const viewer = await this.policy.viewerFor(principal);
    const now = this.clock.now();
    const q = query.q || null;
    const sort: ChallengeSort =
      query.sort === 'relevance' && !q ? 'newest' : (query.sort ?? (q ? 'relevance' : 'newest'));
    const page = this.entityManager
      .createQueryBuilder()
      .select('c.id', 'id')
      .addSelect(STAGE_SQL, 'stage')
      .addSelect('count(*) OVER ()', 'total')
      .from(ChallengeRow, 'c')
      .where(POLICY_SQL.listed)
      .setParameters({ ...policyParameters(viewer), now, q });
    if (q) page.andWhere(MATCHES);
    if (query.organisationId)
      page.andWhere('c.organisation_id = :organisationId', { organisationId: query.organisationId });
    if (query.theme) page.andWhere(':theme = ANY(c.themes)', { theme: query.theme });
    if (query.stage) page.andWhere(`${STAGE_SQL} = :stage`, { stage: query.stage });
    // Drafts appear only when asked for, and only to those who may see them.
    else page.andWhere(`c.state <> 'draft'`);
    const rows: { id: string; stage: ChallengeStage; total: string }[] = await page
      .clone()
      .orderBy(ORDER[sort])
      .limit(query.limit)
      .offset(query.offset)
      .getRawMany();
    // Past the last page the window function has no row to report the total on.
    const total = rows.length > 0 || query.offset === 0 ? Number(rows[0]?.total ?? 0) : await page.getCount();

    const ids = rows.map((row) => row.id);
    const [challenges, figures] = await Promise.all([
      this.entityManager.find(ChallengeRow, {
        where: { id: In(ids) },
        relations: { organisation: true, windows: true },
      }),
      this.figures.of(ids, viewer),
    ]);
    const byId = new Map(challenges.map((challenge) => [challenge.id, challenge]));
    return {
      items: rows.flatMap((row) => {
        const challenge = byId.get(row.id);
        return challenge ? [toSummary(challenge, { stage: row.stage, figures: figures.get(row.id) ?? null, now })] : [];
      }),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }
}
