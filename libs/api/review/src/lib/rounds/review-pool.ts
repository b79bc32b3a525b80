import type { ReviewAssignment, ReviewPool } from '@crowdforge/domain';
import type { EntityManager } from 'typeorm';
import type { ReviewRoundRow } from './review-round.entity';

/**
 * A round's ideas (with their tags, and who may not review them: their authors, and anyone who
 * declared a conflict on them in any round of the challenge), its reviewers (with their expertise)
 * and its assignments so far, each in the order the organisers gave.
 */
export async function reviewPool(
  manager: EntityManager,
  round: ReviewRoundRow,
): Promise<ReviewPool & { assignments: ReviewAssignment[] }> {
  const ideas: { id: string; tags: string[]; excluded: string[] }[] = await manager.query(
    `SELECT ri.idea_id AS id, i.tags,
            ARRAY(SELECT a.user_id FROM idea_authors a WHERE a.idea_id = ri.idea_id
                  UNION
                  SELECT r.reviewer_id FROM reviews r JOIN review_rounds o ON o.id = r.round_id
                   WHERE r.idea_id = ri.idea_id AND r.state = 'conflict' AND o.challenge_id = $2) AS excluded
       FROM review_round_ideas ri JOIN ideas i ON i.id = ri.idea_id
      WHERE ri.round_id = $1 ORDER BY ri.position`,
    [round.id, round.challengeId],
  );
  const reviewers: { id: string; expertise: string[] }[] = await manager.query(
    `SELECT user_id AS id, expertise FROM review_round_reviewers WHERE round_id = $1 ORDER BY position`,
    [round.id],
  );
  const assignments: ReviewAssignment[] = await manager.query(
    `SELECT idea_id AS "ideaId", reviewer_id AS "reviewerId" FROM reviews
      WHERE round_id = $1 AND state <> 'conflict' ORDER BY assigned_at, id`,
    [round.id],
  );
  return { ideas, reviewers, assignments };
}
