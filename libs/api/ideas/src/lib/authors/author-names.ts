import type { IdeaAuthor } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';

export interface AuthorRow {
  idea_id: string;
  id: string;
  display_name: string;
  show_name_on_ideas: boolean;
}

const HIDDEN_AUTHOR: IdeaAuthor = { id: null, name: 'Anonymous' };

/** The authors of many ideas in one query, the person who started each idea first. */
export async function authorsOf(manager: EntityManager, ideaIds: string[]): Promise<Map<string, AuthorRow[]>> {
  const rows: AuthorRow[] = await manager.query(
    `SELECT a.idea_id, u.id, u.display_name, u.show_name_on_ideas
     FROM idea_authors a JOIN users u ON u.id = a.user_id JOIN ideas i ON i.id = a.idea_id
     WHERE a.idea_id = ANY($1) ORDER BY a.user_id = i.created_by_id DESC, a.joined_at, u.id`,
    [ideaIds],
  );
  const byIdea = new Map<string, AuthorRow[]>();
  for (const row of rows) byIdea.set(row.idea_id, [...(byIdea.get(row.idea_id) ?? []), row]);
  return byIdea;
}

/**
 * Names as a viewer may see them: authors and organisers see everyone; others see "Anonymous"
 * for an anonymous idea and for each author who chose not to show their name on ideas.
 */
export function shownAuthors(rows: AuthorRow[], seesNames: boolean, anonymous: boolean): IdeaAuthor[] {
  if (!seesNames && anonymous) return [HIDDEN_AUTHOR];
  return rows.map((row) =>
    seesNames || row.show_name_on_ideas ? { id: row.id, name: row.display_name } : HIDDEN_AUTHOR,
  );
}
