import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Clock } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import type { EntityManager } from 'typeorm';
import { ChallengePolicy } from '../challenge-policy';
import { ChallengesService, notFound } from '../challenges.service';
import { FollowerRow } from './follower.entity';

/** Following a challenge: answers, revisions, announcements and the outcome reach the follower's inbox. */
@Injectable()
export class FollowService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly challenges: ChallengesService,
    private readonly policy: ChallengePolicy,
    private readonly clock: Clock,
  ) {}

  async follow(principal: Principal, challengeId: string, key: string | null): Promise<void> {
    const viewer = await this.policy.viewerFor(principal);
    if (!(await this.challenges.access(this.entityManager, viewer, challengeId, key))) throw notFound();
    await addFollower(this.entityManager, challengeId, principal.userId, this.clock.now());
  }

  async unfollow(principal: Principal, challengeId: string): Promise<void> {
    await this.entityManager.delete(FollowerRow, { challengeId, userId: principal.userId });
  }
}

/** Idempotent; joining, asking and suggesting make someone a follower too. */
export async function addFollower(
  manager: EntityManager,
  challengeId: string,
  userId: string,
  at: Date,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(FollowerRow)
    .values({ challengeId, userId, followedAt: at })
    .orIgnore()
    .execute();
}
