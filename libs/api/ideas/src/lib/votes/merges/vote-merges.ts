import { Injectable } from '@nestjs/common';
import { ProblemException } from '@crowdforge/api-platform';
import type { VotingMode } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { rulesOf } from '../voting-rules';
import { VoteTallies } from '../tallies/vote-tallies.service';

/**
 * For someone who voted on both ideas, the value their one remaining vote on the kept idea takes
 * (`kept` and `merged` are the two rows, `cap` the tokens one may put on an idea).
 */
const VALUE_OF_BOTH: Record<VotingMode, string> = {
  // The later vote wins.
  support: 'CASE WHEN merged.updated_at > kept.updated_at THEN merged.value ELSE kept.value END',
  up_down: 'CASE WHEN merged.updated_at > kept.updated_at THEN merged.value ELSE kept.value END',
  // The later rating.
  stars: 'CASE WHEN merged.updated_at > kept.updated_at THEN merged.value ELSE kept.value END',
  // Pairwise challenges keep no votes on one idea: their comparisons follow instead (`moveComparisons`).
  pairwise: 'kept.value',
  // Summed and capped: what passes the cap goes back into the voter's budget (the budget is what their rows hold).
  tokens: 'least(kept.value + merged.value, $3)',
};

/**
 * When a duplicate idea is merged into another of the same challenge, its votes follow under the
 * challenge's mode, so that nobody counts twice: one vote per person remains on the kept idea
 * (support and up/down: the union of voters, the later vote winning for those who voted on both;
 * stars: the later rating; tokens: summed, capped, the excess refunded; pairwise: the comparisons
 * between the two dropped, the others moved to the kept idea). Everything stays
 * recomputable from the rows: the two ideas are recounted in the same transaction.
 */
@Injectable()
export class VoteMerges {
  constructor(private readonly tallies: VoteTallies) {}

  /** Moves the votes of `mergedId` onto `keptId` in the caller's transaction (`manager`). */
  async merge(manager: EntityManager, mergedId: string, keptId: string): Promise<void> {
    if (mergedId === keptId) throw new ProblemException(409, 'conflict', 'An idea cannot be merged into itself.');
    // Both rows locked: no vote lands on either idea, through a status check, while its votes move.
    const ideas: { id: string; challenge_id: string }[] = await manager.query(
      `SELECT id, challenge_id FROM ideas WHERE id = ANY($1) ORDER BY id FOR UPDATE`,
      [[mergedId, keptId]],
    );
    const challengeIds = new Set(ideas.map((idea) => idea.challenge_id));
    if (ideas.length !== 2 || challengeIds.size !== 1)
      throw new ProblemException(409, 'conflict', 'Only ideas of the same challenge can be merged.');
    const [challengeId] = challengeIds;
    const rules = await rulesOf(manager, challengeId);
    await manager.query(
      `UPDATE idea_votes kept
          SET value = ${VALUE_OF_BOTH[rules.mode]}, updated_at = greatest(kept.updated_at, merged.updated_at)
         FROM idea_votes merged
        WHERE kept.idea_id = $1 AND merged.idea_id = $2 AND merged.voter_id = kept.voter_id`,
      rules.mode === 'tokens' ? [keptId, mergedId, rules.tokensPerIdea] : [keptId, mergedId],
    );
    await manager.query(
      `UPDATE idea_votes merged SET idea_id = $1
        WHERE merged.idea_id = $2
          AND NOT EXISTS (SELECT 1 FROM idea_votes kept WHERE kept.idea_id = $1 AND kept.voter_id = merged.voter_id)`,
      [keptId, mergedId],
    );
    await manager.query(`DELETE FROM idea_votes WHERE idea_id = $1`, [mergedId]);
    await moveComparisons(manager, mergedId, keptId);
    await this.tallies.recount(challengeId, [keptId, mergedId], false, manager);
  }
}

/** Comparisons between the two ideas mean nothing once they are one; the others now compare the kept idea. */
async function moveComparisons(manager: EntityManager, mergedId: string, keptId: string): Promise<void> {
  await manager.query(
    `DELETE FROM idea_comparisons
      WHERE (left_idea_id = $1 AND right_idea_id = $2) OR (left_idea_id = $2 AND right_idea_id = $1)`,
    [mergedId, keptId],
  );
  await manager.query(`UPDATE idea_comparisons SET left_idea_id = $2 WHERE left_idea_id = $1`, [mergedId, keptId]);
  await manager.query(`UPDATE idea_comparisons SET right_idea_id = $2 WHERE right_idea_id = $1`, [mergedId, keptId]);
}
