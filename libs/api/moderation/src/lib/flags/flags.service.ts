import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException, RateLimiter, type RateLimit } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import { ChallengePolicy, assertNotSuspended } from '@crowdforge/api-challenges';
import { IdeaModeration } from '@crowdforge/api-ideas';
import type { FlagView, ModerationKind } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { targetRecord } from '../moderation-audit';
import { FlagRow } from './flag.entity';

/** More flags than anyone raises in earnest: a flood from one account is refused with 429. */
const FLAGS_PER_HOUR = (userId: string): RateLimit => ({
  key: `moderation:flag:${userId}`,
  limit: 20,
  windowSeconds: 3600,
});

/** Flagging an idea or a comment for the moderators: one open flag per person and object. */
@Injectable()
export class FlagsService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly ideas: IdeaModeration,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /** Flags the object, or returns the caller's open flag on it unchanged. */
  async flag(principal: Principal, kind: ModerationKind, objectId: string, reason: string): Promise<FlagView> {
    await this.rateLimiter.consume(FLAGS_PER_HOUR(principal.userId));
    const viewer = await this.policy.viewerFor(principal);
    const flag = await this.entityManager.transaction(async (manager) => {
      const target = await this.ideas.target(manager, viewer, kind, objectId);
      assertNotSuspended(target.challenge.suspendedUntil);
      if (target.authorIds.includes(principal.userId))
        throw new ProblemException(409, 'conflict', `You cannot flag your own ${kind}.`);
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO moderation_flags
           (kind, object_id, idea_id, comment_id, challenge_id, organisation_id, flagged_by_id, reason, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (object_id, flagged_by_id) WHERE resolved_at IS NULL DO NOTHING
         RETURNING id`,
        [
          kind,
          objectId,
          target.idea.id,
          target.comment?.id ?? null,
          target.challenge.row.id,
          target.challenge.row.organisationId,
          principal.userId,
          reason,
          this.clock.now(),
        ],
      );
      if (inserted[0]) await this.audit.append(targetRecord('flagged', target, reason), manager);
      return manager.findOneOrFail(FlagRow, {
        where: { objectId, flaggedById: principal.userId },
        order: { createdAt: 'DESC' },
      });
    });
    return {
      id: flag.id,
      kind: flag.kind,
      objectId: flag.objectId,
      reason: flag.reason,
      state: flag.resolvedAt ? 'resolved' : 'open',
      createdAt: flag.createdAt.toISOString(),
    };
  }
}
