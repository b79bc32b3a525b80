import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Clock } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import { ChallengePolicy } from '@crowdforge/api-challenges';
import type { EntityManager } from 'typeorm';
import { IdeaAccessRule } from '../idea-access';
import { IdeaFollowerRow } from './idea-follower.entity';

/** Adds a follower once (authors and commenters follow by themselves). */
export async function addIdeaFollower(
  manager: EntityManager,
  ideaId: string,
  userId: string,
  since: Date,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(IdeaFollowerRow)
    .values({ ideaId, userId, since })
    .orIgnore()
    .execute();
}

/** Following an idea: new comments reach the inbox. */
@Injectable()
export class IdeaFollowsService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly access: IdeaAccessRule,
    private readonly clock: Clock,
  ) {}

  async follow(principal: Principal, ideaId: string, following: boolean): Promise<void> {
    const viewer = await this.policy.viewerFor(principal);
    await this.access.require(this.entityManager, viewer, ideaId);
    if (following) await addIdeaFollower(this.entityManager, ideaId, principal.userId, this.clock.now());
    else await this.entityManager.delete(IdeaFollowerRow, { ideaId, userId: principal.userId });
  }
}
