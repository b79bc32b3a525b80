import type { Estimate } from '@crowdforge/domain';
import type { EntityManager } from 'typeorm';
import { tallyScore } from './tally-score';
import { DEFAULT_VOTING_RULES, type IdeaTally, type VotingMode } from '@crowdforge/contracts';

/** The tally columns of a query over the idea `i` with its `idea_tallies` row `t` left-joined. */
export interface TallyColumns {
  tally_mode: VotingMode | null;
  /** Blind voting that has not closed yet: only the organisers see the tally. */
  tally_blind: boolean;
  tally_votes: number | null;
  tally_ups: number | null;
  tally_downs: number | null;
  tally_value_sum: number | null;
  tally_score: number | null;
  tally_lower: number | null;
  tally_upper: number | null;
}

const RULE = (column: string, challengeId = 'i.challenge_id') =>
  `(SELECT vr.${column} FROM challenge_voting_rules vr WHERE vr.challenge_id = ${challengeId})`;

/**
 * Blind voting hides the tallies until a voting window of the challenge (whose id is the column
 * `challengeId`) has closed (at `:now`, the clock's time). One rule for lists, the idea page,
 * rankings and the challenge's figures.
 */
export const talliesHiddenSql = (
  challengeId: string,
) => `(coalesce(${RULE('blind', challengeId)}, false) AND NOT EXISTS (
  SELECT 1 FROM phase_windows bw WHERE bw.challenge_id = ${challengeId} AND bw.kind = 'voting' AND bw.closes_at <= :now))`;

export const TALLY_HIDDEN_SQL = talliesHiddenSql('i.challenge_id');

export const TALLY_SELECT = [
  `${RULE('mode')} AS tally_mode`,
  `${TALLY_HIDDEN_SQL} AS tally_blind`,
  't.votes AS tally_votes',
  't.ups AS tally_ups',
  't.downs AS tally_downs',
  't.value_sum AS tally_value_sum',
  't.score AS tally_score',
  't.score_lower AS tally_lower',
  't.score_upper AS tally_upper',
];

/** The idea's tally as the viewer may see it: none without votes, none in blind voting but for organisers. */
export function tallyFor(row: TallyColumns, canManage: boolean): IdeaTally | null {
  if (!row.tally_votes || (row.tally_blind && !canManage)) return null;
  return {
    mode: row.tally_mode ?? DEFAULT_VOTING_RULES.mode,
    votes: row.tally_votes,
    ups: row.tally_ups ?? 0,
    downs: row.tally_downs ?? 0,
    valueSum: row.tally_value_sum ?? 0,
    score: row.tally_score ?? 0,
    lower: row.tally_lower ?? 0,
    upper: row.tally_upper ?? 0,
  };
}

/** The score and interval of an idea's tally row, or of no votes at all in the challenge's mode. */
export function estimateOf(row: TallyColumns): Estimate {
  if (row.tally_score !== null && row.tally_lower !== null && row.tally_upper !== null)
    return { score: row.tally_score, lower: row.tally_lower, upper: row.tally_upper };
  return tallyScore(row.tally_mode ?? DEFAULT_VOTING_RULES.mode, {
    votes: 0,
    ups: 0,
    downs: 0,
    valueSum: 0,
    valueSquares: 0,
  });
}

/** One idea's tally as the viewer may see it (`tallyFor`). */
export async function tallyOf(
  manager: EntityManager,
  ideaId: string,
  now: Date,
  canManage: boolean,
): Promise<IdeaTally | null> {
  const row: TallyColumns | undefined = await manager
    .createQueryBuilder()
    .select(TALLY_SELECT)
    .from('ideas', 'i')
    .leftJoin('idea_tallies', 't', 't.idea_id = i.id')
    .where('i.id = :ideaId', { ideaId, now })
    .getRawOne();
  return row ? tallyFor(row, canManage) : null;
}

/** Whether blind voting hides the challenge's tallies now from those who do not run it. */
export async function talliesHidden(manager: EntityManager, challengeId: string, now: Date): Promise<boolean> {
  const [{ hidden }]: { hidden: boolean }[] = await manager.query(
    `SELECT ${TALLY_HIDDEN_SQL.replace(/:now/g, '$2')} AS hidden FROM (SELECT CAST($1 AS uuid) AS challenge_id) i`,
    [challengeId, now],
  );
  return hidden;
}
