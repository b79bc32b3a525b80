import { policyParameters, type Viewer } from '@crowdforge/api-challenges';
import type { IdeaLineage, IdeaReference } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { IDEA_VISIBLE_SQL } from '../idea-access';

/** Both directions of an idea's lineage, each side only with ideas the viewer may see. */
export async function lineageOf(manager: EntityManager, viewer: Viewer, ideaId: string): Promise<IdeaLineage> {
  const rows: (IdeaReference & { direction: 'buildsOn' | 'builtOnBy' })[] = await manager
    .createQueryBuilder()
    .select(['i.id AS id', 'i.title AS title', 'i.status AS status'])
    .addSelect(`CASE WHEN l.idea_id = :ideaId THEN 'buildsOn' ELSE 'builtOnBy' END`, 'direction')
    .from('idea_links', 'l')
    .innerJoin('ideas', 'i', `i.id = CASE WHEN l.idea_id = :ideaId THEN l.builds_on_id ELSE l.idea_id END`)
    .innerJoin('challenges', 'c', 'c.id = i.challenge_id')
    .where('(l.idea_id = :ideaId OR l.builds_on_id = :ideaId)', { ideaId })
    .andWhere(IDEA_VISIBLE_SQL.visible)
    .setParameters(policyParameters(viewer))
    .orderBy('l.created_at')
    .getRawMany();
  const of = (direction: 'buildsOn' | 'builtOnBy') =>
    rows.filter((row) => row.direction === direction).map(({ id, title, status }) => ({ id, title, status }));
  return { buildsOn: of('buildsOn'), builtOnBy: of('builtOnBy') };
}
