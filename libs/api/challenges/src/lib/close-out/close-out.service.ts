import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import type { ChallengeDetail } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { ChallengePolicy } from '../challenge-policy';
import { ChallengesService } from '../challenges.service';
import type { CloseChallengeDto } from '../dto/conversation.dto';
import { ChallengeNotices } from '../follow/challenge-notices';

/** Closing the loop: the organisers thank everyone and say what happened; every participant is told. */
@Injectable()
export class CloseOutService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly challenges: ChallengesService,
    private readonly policy: ChallengePolicy,
    private readonly notices: ChallengeNotices,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async close(principal: Principal, challengeId: string, input: CloseChallengeDto): Promise<ChallengeDetail> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { row } = await this.challenges.requireManageable(manager, viewer, challengeId);
      if (row.state !== 'published')
        throw new ProblemException(409, 'conflict', 'Only a published challenge can be closed.');
      const now = this.clock.now();
      row.state = 'closed';
      row.closedAt = now;
      row.closeThankYou = input.thankYou;
      row.closeOutcome = input.outcome;
      await manager.save(row);
      // Windows still open end now, so nothing more can be submitted or voted.
      await manager.query(
        `UPDATE phase_windows SET closes_at = $2, closed_at = $2
         WHERE challenge_id = $1 AND (closes_at IS NULL OR closes_at > $2) AND opens_at < $2`,
        [challengeId, now],
      );
      await this.audit.append({ action: 'challenge.closed', objectType: 'challenge', objectId: challengeId }, manager);
      await this.notices.send(manager, {
        challengeId,
        type: 'challenge_closed',
        title: { en: `“${row.title}” has closed: thank you`, nl: `“${row.title}” is afgesloten: dank je wel` },
        body: { en: input.thankYou.slice(0, 300), nl: input.thankYou.slice(0, 300) },
        anchor: '#outcome',
        audience: 'followers_and_participants',
        actorId: principal.userId,
      });
    });
    return this.challenges.get(principal, challengeId);
  }
}
