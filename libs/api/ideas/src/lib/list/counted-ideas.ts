import { POLICY_SQL, policyParameters, type ChallengeCounter } from '@crowdforge/api-challenges';

/**
 * Counted in a challenge's figures: every idea submitted and not withdrawn or merged — where the
 * challenge keeps its ideas to the organisers, only for the organisers, so the count never tells
 * anyone of ideas they may not see.
 */
export const countedIdeas: ChallengeCounter = async (challengeIds, manager, viewer) => {
  const rows: { challenge_id: string; count: string }[] = await manager
    .createQueryBuilder()
    .select('i.challenge_id', 'challenge_id')
    .addSelect('count(*)', 'count')
    .from('ideas', 'i')
    .innerJoin('challenges', 'c', 'c.id = i.challenge_id')
    .where('i.challenge_id = ANY(:challengeIds)', { challengeIds })
    .andWhere(`i.status NOT IN ('draft', 'withdrawn', 'merged')`)
    .andWhere(`(c.idea_visibility = 'audience' OR ${POLICY_SQL.organiser})`, policyParameters(viewer))
    .groupBy('i.challenge_id')
    .getRawMany();
  return new Map(rows.map((row) => [row.challenge_id, Number(row.count)]));
};
