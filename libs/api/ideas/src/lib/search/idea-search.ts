import type { Language } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';

/** The text search configuration of the idea's challenge: Dutch or English stemming. */
export const IDEA_LANGUAGE_SQL = `CAST(CASE c.language WHEN 'nl' THEN 'dutch' ELSE 'english' END AS regconfig)`;

/** `IDEA_LANGUAGE_SQL` for a challenge already loaded: as a constant, the planner can estimate a query's matches. */
export function searchConfigFor(language: Language): 'dutch' | 'english' {
  return language === 'nl' ? 'dutch' : 'english';
}

/** Rebuilds an idea's search document: title, then pitch and tags, then the description. */
export async function refreshIdeaSearch(manager: EntityManager, ideaId: string): Promise<void> {
  await manager.query(
    `UPDATE ideas i SET search_vector =
       setweight(to_tsvector(${IDEA_LANGUAGE_SQL}, i.title), 'A')
       || setweight(to_tsvector(${IDEA_LANGUAGE_SQL}, i.pitch || ' ' || array_to_string(i.tags, ' ')), 'B')
       || setweight(to_tsvector(${IDEA_LANGUAGE_SQL}, i.description), 'C')
     FROM challenges c WHERE c.id = i.challenge_id AND i.id = $1`,
    [ideaId],
  );
}
