import { POLICY_SQL, policyParameters, type ChallengeCounter } from '@crowdforge/api-challenges';

/**
 * Counts `count` over the rows of `table` (aliased `r`, with a `challenge_id`) per challenge, for many
 * challenges at once — where the challenge keeps its ideas to the organisers, only for the organisers,
 * so a figure never tells anyone of ideas they may not see.
 */
function countedPerChallenge(table: string, count: string, condition = 'true'): ChallengeCounter {
  return async (challengeIds, manager, viewer) => {
    const rows: { challenge_id: string; count: string }[] = await manager
      .createQueryBuilder()
      .select('r.challenge_id', 'challenge_id')
      .addSelect(count, 'count')
      .from(table, 'r')
      .innerJoin('challenges', 'c', 'c.id = r.challenge_id')
      .where('r.challenge_id = ANY(:challengeIds)', { challengeIds })
      .andWhere(condition)
      .andWhere(`(c.idea_visibility = 'audience' OR ${POLICY_SQL.organiser})`, policyParameters(viewer))
      .groupBy('r.challenge_id')
      .getRawMany();
    return new Map(rows.map((row) => [row.challenge_id, Number(row.count)]));
  };
}

/** Every idea submitted and not withdrawn or merged. */
export const countedIdeas = countedPerChallenge(
  'ideas',
  'count(*)',
  `r.status NOT IN ('draft', 'withdrawn', 'merged')`,
);

/** The votes cast, as the tallies last counted them. */
export const countedVotes = countedPerChallenge('idea_tallies', 'sum(r.votes)');
