import type { IdeaAuthor } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import type { IdeaAccess } from '../idea-access';

export interface AuthorRow {
  id: string;
  display_name: string;
  show_name_on_ideas: boolean;
}

/**
 * How one viewer sees the names of an idea's authors: whoever `seesNames` (its authors and
 * organisers) sees them all; to others an `anonymous` idea has no named author, and nor has one
 * they review in a blind round (ADR 22).
 */
export interface AuthorNaming {
  seesNames: boolean;
  anonymous: boolean;
}

/** How the viewer of one idea sees its authors' names. */
export function namingFor({ idea, challenge, isAuthor, blindReview }: IdeaAccess): AuthorNaming {
  return { seesNames: isAuthor || challenge.canManage, anonymous: idea.anonymous || blindReview };
}

const HIDDEN_AUTHOR: IdeaAuthor = { id: null, name: 'Anonymous' };

/** The authors of the idea `i` as a JSON array of `AuthorRow`, the person who started it first. */
export const AUTHORS_SQL = `(SELECT json_agg(json_build_object(
    'id', u.id, 'display_name', u.display_name, 'show_name_on_ideas', u.show_name_on_ideas)
    ORDER BY a.user_id = i.created_by_id DESC, a.joined_at, u.id)
  FROM idea_authors a JOIN users u ON u.id = a.user_id WHERE a.idea_id = i.id)`;

/** The authors of one idea. */
export async function authorsOf(manager: EntityManager, ideaId: string): Promise<AuthorRow[]> {
  const [row]: { authors: AuthorRow[] | null }[] = await manager.query(
    `SELECT ${AUTHORS_SQL} AS authors FROM ideas i WHERE i.id = $1`,
    [ideaId],
  );
  return row?.authors ?? [];
}

/** One author as the viewer may see them: "Anonymous" where the idea is, to them, or the author hides their name. */
export function shownAuthor(row: AuthorRow, { seesNames, anonymous }: AuthorNaming): IdeaAuthor {
  return seesNames || (!anonymous && row.show_name_on_ideas) ? { id: row.id, name: row.display_name } : HIDDEN_AUTHOR;
}

/** The authors as the viewer may see them; an anonymous idea shows one "Anonymous", however many wrote it. */
export function shownAuthors(rows: AuthorRow[] | null, naming: AuthorNaming): IdeaAuthor[] {
  if (!naming.seesNames && naming.anonymous) return [HIDDEN_AUTHOR];
  return (rows ?? []).map((row) => shownAuthor(row, naming));
}
