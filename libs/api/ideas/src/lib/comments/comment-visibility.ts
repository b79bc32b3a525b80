import { ProblemException } from '@crowdforge/api-platform';
import type { ChallengeAccess, Viewer } from '@crowdforge/api-challenges';
import type { EntityManager } from 'typeorm';
import type { CommentRow } from './comment.entity';

export const commentNotFound = () => new ProblemException(404, 'not_found', 'There is no such comment.');

/**
 * Whether the comment `c` (joined with its parent `p` and grandparent `g`) is shown to the viewer whose
 * verdict is the SQL `moderates` and whose id is `userId`: a hidden comment takes its replies with it,
 * except for the moderators and the hidden comment's own author.
 */
export const commentShownSql = (moderates: string, userId: string) => `(${moderates}
  OR ((c.hidden_at IS NULL OR c.author_id = ${userId})
      AND (p.id IS NULL OR p.hidden_at IS NULL) AND (g.id IS NULL OR g.hidden_at IS NULL)))`;

/** The joins `commentShownSql` reads. */
export const COMMENT_ANCESTORS_SQL = `LEFT JOIN idea_comments p ON p.id = c.parent_id
  LEFT JOIN idea_comments g ON g.id = p.parent_id`;

/** `commentShownSql` for one comment on an idea the viewer may see. */
export async function mayReadComment(
  manager: EntityManager,
  viewer: Viewer,
  challenge: ChallengeAccess,
  comment: CommentRow,
): Promise<boolean> {
  const [row]: { shown: boolean }[] = await manager.query(
    `SELECT ${commentShownSql('$2::boolean', '$3::uuid')} AS shown
       FROM idea_comments c ${COMMENT_ANCESTORS_SQL} WHERE c.id = $1`,
    [comment.id, challenge.canModerate, viewer.userId],
  );
  return row?.shown ?? false;
}
