import { POLICY_SQL, policyParameters, type ChallengeCounter } from '@crowdforge/api-challenges';
import { talliesHiddenSql } from '../votes/tallies/tally-view';

/**
 * Counts `count` over the rows of `table` (aliased `r`, with a `challenge_id`) per challenge, for many
 * challenges at once — where the challenge keeps its ideas to the organisers, only for the organisers,
 * so a figure never tells anyone of ideas they may not see; null for all but the organisers while
 * `hidden` holds.
 */
function countedPerChallenge(
  table: string,
  count: string,
  { condition = 'true', hidden = 'false' }: { condition?: string; hidden?: string } = {},
): ChallengeCounter {
  return async (challengeIds, manager, viewer, now) => {
    const rows: { challenge_id: string; count: string | null }[] = await manager
      .createQueryBuilder()
      .select('r.challenge_id', 'challenge_id')
      .addSelect(`CASE WHEN ${hidden} AND NOT ${POLICY_SQL.organiser} THEN NULL ELSE ${count} END`, 'count')
      .from(table, 'r')
      .innerJoin('challenges', 'c', 'c.id = r.challenge_id')
      .where('r.challenge_id = ANY(:challengeIds)', { challengeIds, now })
      .andWhere(condition)
      .andWhere(`(c.idea_visibility = 'audience' OR ${POLICY_SQL.organiser})`, policyParameters(viewer))
      .groupBy('r.challenge_id')
      .addGroupBy('c.id')
      .getRawMany();
    return new Map(rows.map((row) => [row.challenge_id, row.count === null ? null : Number(row.count)]));
  };
}

/** Every idea submitted and not withdrawn, merged or hidden by a moderator. */
export const countedIdeas = countedPerChallenge('ideas', 'count(*)', {
  condition: `r.status NOT IN ('draft', 'withdrawn', 'merged') AND r.hidden_at IS NULL`,
});

/** The votes cast on ideas not hidden, as the tallies last counted them; hidden while blind voting hides the tallies. */
export const countedVotes = countedPerChallenge('idea_tallies', 'sum(r.votes)', {
  condition: `NOT EXISTS (SELECT 1 FROM ideas h WHERE h.id = r.idea_id AND h.hidden_at IS NOT NULL)`,
  hidden: talliesHiddenSql('r.challenge_id'),
});
