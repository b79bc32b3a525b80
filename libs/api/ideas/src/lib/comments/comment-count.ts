import type { EntityManager } from 'typeorm';

/**
 * Moves an idea's `comment_count` by one, in the transaction that adds or deletes the comment.
 * `comment_count + 1` reads the latest row version, so concurrent comments are each counted.
 */
export async function countComment(manager: EntityManager, ideaId: string, change: 1 | -1): Promise<void> {
  await manager.query(`UPDATE ideas SET comment_count = comment_count + $2 WHERE id = $1`, [ideaId, change]);
}

/** Sets every idea's `comment_count` from its comments neither deleted nor hidden: what the counter always equals. */
export async function recountComments(manager: EntityManager): Promise<void> {
  await manager.query(
    `UPDATE ideas i SET comment_count = counted.n
     FROM (SELECT i2.id, count(ic.id) AS n FROM ideas i2
           LEFT JOIN idea_comments ic ON ic.idea_id = i2.id AND ic.deleted_at IS NULL AND ic.hidden_at IS NULL
           GROUP BY i2.id) counted
     WHERE counted.id = i.id AND i.comment_count <> counted.n`,
  );
}
