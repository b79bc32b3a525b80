import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import { ChallengePolicy } from '@crowdforge/api-challenges';
import { IdeaModeration, type ModerationTarget } from '@crowdforge/api-ideas';
import type { FlagResolution, ModerationDecision, ModerationKind } from '@crowdforge/contracts';
import { IsNull, type EntityManager } from 'typeorm';
import { FlagRow } from '../flags/flag.entity';
import { targetRecord } from '../moderation-audit';

/** What the moderators of a challenge decide on an idea or a comment, audited with the change. */
@Injectable()
export class ModerationDecisions {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly ideas: IdeaModeration,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async decide(principal: Principal, kind: ModerationKind, objectId: string, decision: ModerationDecision) {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const target = await this.ideas.target(manager, viewer, kind, objectId);
      if (!target.challenge.canModerate)
        throw new ProblemException(
          403,
          'forbidden',
          'Only the moderators and organisers of the challenge may do this.',
        );
      const now = this.clock.now();
      const reason = decision.reason ?? null;
      switch (decision.action) {
        case 'hide':
          await this.ideas.setHidden(manager, target, reason, now);
          await this.resolveFlags(manager, target, 'hidden', principal.userId, now);
          break;
        case 'unhide':
          await this.ideas.setHidden(manager, target, null, now);
          break;
        case 'dismiss':
          if ((await this.resolveFlags(manager, target, 'dismissed', principal.userId, now)) === 0)
            throw new ProblemException(409, 'conflict', `This ${kind} has no open flags.`);
          break;
        case 'lock_comments':
        case 'unlock_comments':
          await this.ideas.setCommentsLocked(manager, target, decision.action === 'lock_comments', now);
          break;
      }
      await this.audit.append(targetRecord(AUDITED_AS[decision.action](kind), target, reason), manager);
    });
  }

  private async resolveFlags(
    manager: EntityManager,
    target: ModerationTarget,
    resolution: FlagResolution,
    byId: string,
    now: Date,
  ): Promise<number> {
    const result = await manager.update(
      FlagRow,
      { objectId: target.objectId, resolvedAt: IsNull() },
      { resolvedAt: now, resolvedById: byId, resolution },
    );
    return result.affected ?? 0;
  }
}

const AUDITED_AS: Record<ModerationDecision['action'], (kind: ModerationKind) => string> = {
  hide: (kind) => `${kind}_hidden`,
  unhide: (kind) => `${kind}_unhidden`,
  dismiss: () => 'flags_dismissed',
  lock_comments: () => 'comments_locked',
  unlock_comments: () => 'comments_unlocked',
};
