import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException, renderMarkdown } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import { ChallengePolicy, ChallengesService } from '@crowdforge/api-challenges';
import type { CommunityGuidelines } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { moderationRecord } from '../moderation-audit';
import { GuidelinesRow } from './guidelines.entity';

/** An organisation's community guidelines: set by its managers, shown where people write. */
@Injectable()
export class GuidelinesService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly challenges: ChallengesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async ofOrganisation(organisationId: string): Promise<CommunityGuidelines> {
    const row = await this.entityManager.findOneBy(GuidelinesRow, { organisationId });
    return {
      organisationId,
      text: row ? { markdown: row.markdown, html: renderMarkdown(row.markdown) } : null,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }

  /** The guidelines of the organisation running a challenge the caller may see. */
  async ofChallenge(
    principal: Principal | null,
    challengeId: string,
    key: string | null,
  ): Promise<CommunityGuidelines> {
    const viewer = await this.policy.viewerFor(principal);
    const challenge = await this.challenges.access(this.entityManager, viewer, challengeId, key);
    if (!challenge) throw new ProblemException(404, 'not_found', 'There is no such challenge.');
    return this.ofOrganisation(challenge.row.organisationId);
  }

  /** Sets the guidelines; empty text removes them. */
  async set(principal: Principal, organisationId: string, markdown: string): Promise<CommunityGuidelines> {
    await this.entityManager.transaction(async (manager) => {
      if (markdown === '') await manager.delete(GuidelinesRow, { organisationId });
      else
        await manager.upsert(
          GuidelinesRow,
          { organisationId, markdown, updatedAt: this.clock.now(), updatedById: principal.userId },
          ['organisationId'],
        );
      await this.audit.append(
        moderationRecord('guidelines_changed', organisationId, { type: 'organisation', id: organisationId }),
        manager,
      );
    });
    return this.ofOrganisation(organisationId);
  }
}
