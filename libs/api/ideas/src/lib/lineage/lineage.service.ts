import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import { ChallengePolicy } from '@crowdforge/api-challenges';
import type { IdeaDetail } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { IdeaAccessRule } from '../idea-access';
import { IdeaDetails } from '../idea-details';
import { IdeaLinkRow } from './idea-link.entity';

const MAX_BUILDS_ON = 10;

/** Building on others: an idea's authors say which ideas of the same challenge it builds on. */
@Injectable()
export class LineageService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly access: IdeaAccessRule,
    private readonly details: IdeaDetails,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async link(principal: Principal, ideaId: string, buildsOnId: string, linked: boolean): Promise<IdeaDetail> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { idea } = await this.access.requireAuthor(manager, viewer, ideaId);
      if (!linked) {
        await manager.delete(IdeaLinkRow, { ideaId, buildsOnId });
        return;
      }
      if (buildsOnId === ideaId) throw new ProblemException(409, 'conflict', 'An idea cannot build on itself.');
      const other = await this.access.require(manager, viewer, buildsOnId);
      if (other.idea.challengeId !== idea.challengeId || other.idea.status === 'draft')
        throw new ProblemException(409, 'conflict', 'An idea builds on submitted ideas of the same challenge.');
      if ((await manager.count(IdeaLinkRow, { where: { ideaId } })) >= MAX_BUILDS_ON)
        throw new ProblemException(409, 'conflict', `An idea builds on at most ${MAX_BUILDS_ON} others.`);
      await manager
        .createQueryBuilder()
        .insert()
        .into(IdeaLinkRow)
        .values({ ideaId, buildsOnId, linkedById: principal.userId, createdAt: this.clock.now() })
        .orIgnore()
        .execute();
      await this.audit.append(
        { action: 'idea.builds_on', objectType: 'idea', objectId: ideaId, data: { buildsOnId } },
        manager,
      );
    });
    return this.details.of(viewer, ideaId);
  }
}
