import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Clock, Environment, JobQueue } from '@crowdforge/api-platform';
import { PhaseWindowChanged } from '@crowdforge/api-challenges';
import { trendingKey, type Estimate, type VoteBucket } from '@crowdforge/domain';
import type { VotingMode } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { rulesOf } from '../voting-rules';
import { countComparisons } from './pairwise-tally';
import { tallyScore, type VoteCounts } from './tally-score';
import { VoteThresholds } from './vote-thresholds';
import { TallyFanout } from '../live/tally-fanout';

const RECONCILE_JOB = 'votes.reconcile-tallies';
const VOTING_CLOSED_JOB = 'votes.voting-closed';
const HOUR_MS = 3_600_000;

export interface CountedRow {
  idea_id: string;
  votes: number;
  ups: number;
  downs: number;
  value_sum: number;
  value_squares: number;
}

/** What a recount writes: each idea's counts, its score with its interval, and its trending key. */
export interface CountedTallies {
  counted: CountedRow[];
  estimates: Estimate[];
  trending: Map<string, number>;
}

/** The modes whose votes are rows of `idea_votes` (pairwise has comparisons instead). */
type RatingMode = Exclude<VotingMode, 'pairwise'>;

/** What makes a vote count towards trending: a vote in favour, weighted by its tokens. */
const TRENDING_WEIGHT: Record<RatingMode, string> = {
  support: 'CASE WHEN value > 0 THEN 1 ELSE 0 END',
  up_down: 'CASE WHEN value > 0 THEN 1 ELSE 0 END',
  stars: 'CASE WHEN value >= 4 THEN 1 ELSE 0 END',
  tokens: 'value',
};

/**
 * Tallies (`idea_tallies`, and the sort keys `ideas.vote_score` and `ideas.vote_trending`) counted
 * from the vote rows, never in a vote's transaction (ADR 13). Each instance notes the ideas whose
 * votes changed and recounts them every `VOTE_TALLY_INTERVAL_MS`, so a ranking lags the votes by
 * at most that interval plus one recount. A job every ten minutes recounts every challenge in
 * voting and repairs (and logs) any tally that differs from its rows, such as the changes an
 * instance noted before it died.
 */
@Injectable()
export class VoteTallies implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(VoteTallies.name);
  /** Challenge → ideas whose votes changed since the last flush. */
  private changed = new Map<string, Set<string>>();
  private flushing: Promise<void> = Promise.resolve();
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly thresholds: VoteThresholds,
    private readonly fanout: TallyFanout,
    private readonly jobs: JobQueue,
    private readonly environment: Environment,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: RECONCILE_JOB, handler: async () => void (await this.reconcile()), retryLimit: 0 });
    this.jobs.schedule(RECONCILE_JOB, '*/10 * * * *');
    this.jobs.register<{ challengeId: string }>({
      name: VOTING_CLOSED_JOB,
      handler: ({ challengeId }) => this.votingClosed(challengeId),
    });
    this.timer = setInterval(() => void this.flush(), this.environment.VOTE_TALLY_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  /** The votes on the idea changed: its tally is recounted at the next flush. */
  noteChange(challengeId: string, ideaId: string): void {
    const ideas = this.changed.get(challengeId) ?? new Set<string>();
    ideas.add(ideaId);
    this.changed.set(challengeId, ideas);
  }

  /** Recounts the tallies of every idea noted since the last flush; one flush at a time. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const changed = this.changed;
      this.changed = new Map();
      for (const [challengeId, ideaIds] of changed) {
        try {
          await this.recount(challengeId, [...ideaIds]);
          await this.fanout.announce(challengeId, [...ideaIds]);
        } catch (error) {
          // Left for the reconciliation job, which recounts the whole challenge.
          this.logger.error(`Could not recount the tallies of challenge ${challengeId}: ${String(error)}`);
        }
      }
    });
    return this.flushing;
  }

  /**
   * Recounts the tallies of `ideaIds` (every idea of the challenge when omitted) from the vote rows
   * and returns the ideas whose stored tally was not what their rows say; `within` a transaction of
   * the caller's, such as a merge, the tallies change with it.
   */
  async recount(
    challengeId: string,
    ideaIds: string[] | null = null,
    closing = false,
    within: EntityManager = this.entityManager,
  ): Promise<string[]> {
    return within.transaction(async (manager) => {
      // Recounting a whole challenge of a million votes may take longer than a request is allowed.
      if (!ideaIds) await manager.query(`SET LOCAL statement_timeout = '5min'`);
      // One recount of a challenge at a time (instances, merges): a later one counts after an earlier one
      // committed, so stale counts never overwrite fresher ones.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`tallies:${challengeId}`]);
      const rules = await rulesOf(manager, challengeId);
      // A pairwise fit moves every score of the challenge: it is always recounted whole.
      const tallies =
        rules.mode === 'pairwise'
          ? await countComparisons(manager, challengeId)
          : await countRatings(manager, challengeId, ideaIds, rules.mode);
      const stored = await storedCounts(manager, challengeId, rules.mode === 'pairwise' ? null : ideaIds);
      const { counted } = tallies;
      const drifted = counted.filter((row) => !sameCounts(row, stored.get(row.idea_id))).map((row) => row.idea_id);
      await writeTallies(manager, challengeId, tallies, this.clock.now());
      if (!rules.blind || closing) await this.thresholds.apply(manager, challengeId, rules, counted);
      return drifted;
    });
  }

  /** Recounts every challenge in voting (or whose voting ended within a day); logs what it repaired. */
  async reconcile(): Promise<number> {
    await this.flush();
    const challenges: { id: string }[] = await this.entityManager.query(
      `SELECT DISTINCT w.challenge_id AS id FROM phase_windows w
        WHERE w.kind = 'voting' AND w.opens_at <= $1 AND (w.closes_at IS NULL OR w.closes_at > $1 - interval '1 day')
          AND (EXISTS (SELECT 1 FROM idea_votes v WHERE v.challenge_id = w.challenge_id)
            OR EXISTS (SELECT 1 FROM idea_comparisons p WHERE p.challenge_id = w.challenge_id AND p.outcome IS NOT NULL))
       UNION
       SELECT DISTINCT v.challenge_id FROM idea_votes v
        WHERE NOT EXISTS (SELECT 1 FROM idea_tallies t WHERE t.idea_id = v.idea_id)
       UNION
       SELECT DISTINCT p.challenge_id FROM idea_comparisons p
        WHERE p.outcome IS NOT NULL AND NOT EXISTS (SELECT 1 FROM idea_tallies t WHERE t.idea_id = p.left_idea_id)`,
      [this.clock.now()],
    );
    let repaired = 0;
    for (const { id } of challenges) {
      const drifted = await this.recount(id);
      if (drifted.length > 0) {
        this.logger.warn(`Repaired ${drifted.length} tallies of challenge ${id} that differed from their votes`);
        await this.fanout.announce(id, drifted);
      }
      repaired += drifted.length;
    }
    return repaired;
  }

  /** Voting closed: the final tallies, and in blind voting the thresholds, once for the whole challenge. */
  async votingClosed(challengeId: string): Promise<void> {
    await this.flush();
    await this.recount(challengeId, null, true);
  }

  @OnEvent(PhaseWindowChanged.type)
  async onWindowChanged(event: PhaseWindowChanged): Promise<void> {
    if (event.kind === 'voting' && event.change === 'closed')
      await this.jobs.send(VOTING_CLOSED_JOB, { challengeId: event.challengeId });
  }
}

/** `AND <column> = ANY($2)` when only some ideas are recounted. */
const onlyThese = (column: string, ideaIds: string[] | null) => (ideaIds ? `AND ${column} = ANY($2)` : '');
const parametersFor = (challengeId: string, ideaIds: string[] | null) =>
  ideaIds ? [challengeId, ideaIds] : [challengeId];

/** Tallies from the vote rows of `ideaIds` (all the challenge's ideas when null), scored in the mode. */
async function countRatings(
  manager: EntityManager,
  challengeId: string,
  ideaIds: string[] | null,
  mode: RatingMode,
): Promise<CountedTallies> {
  const counted = await countVotes(manager, challengeId, ideaIds);
  return {
    counted,
    estimates: counted.map((row) => tallyScore(mode, countsOf(row))),
    trending: await trendingKeys(manager, challengeId, ideaIds, mode),
  };
}

function countVotes(manager: EntityManager, challengeId: string, ideaIds: string[] | null): Promise<CountedRow[]> {
  return manager.query(
    `SELECT i.id AS idea_id, count(v.voter_id)::int AS votes,
            (count(v.voter_id) FILTER (WHERE v.value > 0))::int AS ups,
            (count(v.voter_id) FILTER (WHERE v.value < 0))::int AS downs,
            coalesce(sum(v.value), 0)::int AS value_sum,
            coalesce(sum(v.value::float8 * v.value), 0)::float8 AS value_squares
       FROM ideas i LEFT JOIN idea_votes v ON v.idea_id = i.id
      WHERE i.challenge_id = $1 ${onlyThese('i.id', ideaIds)}
      GROUP BY i.id`,
    parametersFor(challengeId, ideaIds),
  );
}

async function storedCounts(
  manager: EntityManager,
  challengeId: string,
  ideaIds: string[] | null,
): Promise<Map<string, CountedRow>> {
  const rows: CountedRow[] = await manager.query(
    `SELECT idea_id, votes, ups, downs, value_sum, value_squares FROM idea_tallies
      WHERE challenge_id = $1 ${onlyThese('idea_id', ideaIds)}`,
    parametersFor(challengeId, ideaIds),
  );
  return new Map(rows.map((row) => [row.idea_id, row]));
}

/** An idea without votes and without a tally row has nothing to repair. */
function sameCounts(counted: CountedRow, stored: CountedRow | undefined): boolean {
  if (!stored) return counted.votes === 0;
  return (
    counted.votes === stored.votes &&
    counted.ups === stored.ups &&
    counted.downs === stored.downs &&
    counted.value_sum === stored.value_sum &&
    counted.value_squares === stored.value_squares
  );
}

/** Each idea's trending key from its votes in favour, by the hour they were cast or last changed. */
async function trendingKeys(
  manager: EntityManager,
  challengeId: string,
  ideaIds: string[] | null,
  mode: RatingMode,
): Promise<Map<string, number>> {
  const rows: { idea_id: string; hour: number; weight: number }[] = await manager.query(
    `SELECT idea_id, floor(extract(epoch FROM updated_at) * 1000 / ${HOUR_MS})::float8 AS hour,
            sum(${TRENDING_WEIGHT[mode]})::float8 AS weight
       FROM idea_votes WHERE challenge_id = $1 ${onlyThese('idea_id', ideaIds)}
      GROUP BY idea_id, hour`,
    parametersFor(challengeId, ideaIds),
  );
  const buckets = new Map<string, VoteBucket[]>();
  for (const row of rows) {
    const list = buckets.get(row.idea_id) ?? [];
    list.push({ start: row.hour * HOUR_MS, total: row.weight });
    buckets.set(row.idea_id, list);
  }
  return new Map([...buckets].map(([ideaId, list]) => [ideaId, trendingKey(list, HOUR_MS)]));
}

async function writeTallies(
  manager: EntityManager,
  challengeId: string,
  { counted, estimates, trending }: CountedTallies,
  now: Date,
): Promise<void> {
  if (counted.length === 0) return;
  const column = <T>(pick: (row: CountedRow, index: number) => T) => counted.map(pick);
  await manager.query(
    `INSERT INTO idea_tallies (idea_id, challenge_id, votes, ups, downs, value_sum, value_squares, score,
                               score_lower, score_upper, refreshed_at)
     SELECT u.idea_id, $1, u.votes, u.ups, u.downs, u.value_sum, u.value_squares, u.score, u.lower, u.upper, $2
       FROM unnest($3::uuid[], $4::int[], $5::int[], $6::int[], $7::int[], $8::float8[], $9::float8[], $10::float8[],
                   $11::float8[]) AS u(idea_id, votes, ups, downs, value_sum, value_squares, score, lower, upper)
     ON CONFLICT (idea_id) DO UPDATE SET votes = excluded.votes, ups = excluded.ups, downs = excluded.downs,
       value_sum = excluded.value_sum, value_squares = excluded.value_squares, score = excluded.score,
       score_lower = excluded.score_lower, score_upper = excluded.score_upper, refreshed_at = excluded.refreshed_at`,
    [
      challengeId,
      now,
      column((row) => row.idea_id),
      column((row) => row.votes),
      column((row) => row.ups),
      column((row) => row.downs),
      column((row) => row.value_sum),
      column((row) => row.value_squares),
      column((_row, index) => estimates[index].score),
      column((_row, index) => estimates[index].lower),
      column((_row, index) => estimates[index].upper),
    ],
  );
  // The list's sort keys; only rows whose keys moved are written.
  await manager.query(
    `UPDATE ideas i SET vote_score = u.score, vote_trending = u.trending
       FROM unnest($1::uuid[], $2::float8[], $3::float8[]) AS u(id, score, trending)
      WHERE i.id = u.id AND (i.vote_score, i.vote_trending) IS DISTINCT FROM (u.score, u.trending)`,
    [
      column((row) => row.idea_id),
      column((_row, index) => estimates[index].score),
      column((row) => trending.get(row.idea_id) ?? 0),
    ],
  );
}

function countsOf(row: CountedRow): VoteCounts {
  return {
    votes: row.votes,
    ups: row.ups,
    downs: row.downs,
    valueSum: row.value_sum,
    valueSquares: row.value_squares,
  };
}
