import type { IdeaAuthor } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';

export interface AuthorRow {
  id: string;
  display_name: string;
  show_name_on_ideas: boolean;
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

/**
 * Names as a viewer may see them: authors and organisers see everyone; others see "Anonymous"
 * for an anonymous idea and for each author who chose not to show their name on ideas.
 */
export function shownAuthors(rows: AuthorRow[] | null, seesNames: boolean, anonymous: boolean): IdeaAuthor[] {
  if (!seesNames && anonymous) return [HIDDEN_AUTHOR];
  return (rows ?? []).map((row) =>
    seesNames || row.show_name_on_ideas ? { id: row.id, name: row.display_name } : HIDDEN_AUTHOR,
  );
}
