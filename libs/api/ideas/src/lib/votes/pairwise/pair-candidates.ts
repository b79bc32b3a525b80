import type { ChallengeAccess, Viewer } from '@crowdforge/api-challenges';
import { VOTABLE_STATUSES, type PairIdea, type VotingRules } from '@crowdforge/contracts';
import type { PairCandidate } from '@crowdforge/domain';
import type { EntityManager } from 'typeorm';
import { IDEA_VISIBLE_SQL, KNOWN_VERDICTS, knownVerdicts } from '../../idea-access';
import { strengthOf } from '../tallies/pairwise-tally';

/** An idea the voter may be asked about, with what the pair chooser knows of it. */
export interface PairCandidateIdea extends PairCandidate, PairIdea {}

interface CandidateRow {
  id: string;
  title: string;
  pitch: string;
  comparisons: number;
  score: number | null;
}

/**
 * The ideas the voter may compare: in the running, visible to them, and not their own unless
 * authors may vote. How often each was compared and its strength come from its tally (ADR 14).
 */
export async function pairCandidates(
  manager: EntityManager,
  viewer: Viewer,
  challenge: ChallengeAccess,
  rules: VotingRules,
): Promise<PairCandidateIdea[]> {
  const rows: CandidateRow[] = await manager
    .createQueryBuilder()
    .select(['i.id AS id', 'i.title AS title', 'i.pitch AS pitch'])
    .addSelect('coalesce(t.votes, 0)::int', 'comparisons')
    .addSelect('t.score', 'score')
    .from('ideas', 'i')
    .leftJoin('idea_tallies', 't', 't.idea_id = i.id')
    .where('i.challenge_id = :challengeId AND i.status IN (:...votable) AND i.hidden_at IS NULL')
    .andWhere(IDEA_VISIBLE_SQL.inOneChallenge(KNOWN_VERDICTS))
    .andWhere(rules.authorsMayVote ? 'true' : `NOT ${IDEA_VISIBLE_SQL.author}`)
    .setParameters({
      challengeId: challenge.row.id,
      votable: VOTABLE_STATUSES,
      userId: viewer.userId,
      ...knownVerdicts(challenge),
    })
    .orderBy('i.id')
    .getRawMany();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    pitch: row.pitch,
    comparisons: row.comparisons,
    strength: strengthOf(row.score),
  }));
}
