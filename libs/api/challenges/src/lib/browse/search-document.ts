import type { EntityManager } from 'typeorm';

/** Rebuilds a challenge's search document in its own language, so Dutch and English words are stemmed right. */
export async function refreshSearchDocument(manager: EntityManager, challengeId: string): Promise<void> {
  await manager.query(
    `UPDATE challenges SET search_vector =
       setweight(to_tsvector(cfg, title), 'A')
       || setweight(to_tsvector(cfg, tagline || ' ' || array_to_string(themes, ' ')), 'B')
       || setweight(to_tsvector(cfg, concat_ws(' ', brief->>'problem', brief->>'background', brief->>'objectives',
            objective_target, brief->>'constraints', brief->>'rewards')), 'C')
     FROM (SELECT CASE language WHEN 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END AS cfg
           FROM challenges WHERE id = $1) AS settings
     WHERE id = $1`,
    [challengeId],
  );
}
