import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Clock, ProblemException } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import { ChallengePolicy, ChallengesService, notFound, type ChallengeAccess } from '@crowdforge/api-challenges';
import { roleAllows } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { talliesHidden } from '../tallies/tally-view';

/**
 * Who reads a challenge's votes as a whole (never who voted for what): 404 for people who do not see
 * the challenge, 403 for those who see it but may not read this.
 */
@Injectable()
export class VoteIntegrityAccess {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly challenges: ChallengesService,
    private readonly clock: Clock,
  ) {}

  /**
   * The integrity report: the organisers, and members of the organisation whose role moderates
   * where the challenge shows its ideas to its audience (they read about the ideas the audience
   * sees). Blind voting keeps counts from everyone but the organisers until it closes (409).
   */
  async requireReportReader(principal: Principal, challengeId: string): Promise<ChallengeAccess> {
    const access = await this.visible(principal, challengeId);
    if (access.canManage) return access;
    if (!moderates(principal, access.row.organisationId))
      throw new ProblemException(403, 'forbidden', 'Only the organisers and moderators read the integrity report.');
    if (!access.inAudience || access.row.ideaVisibility !== 'audience')
      throw new ProblemException(
        403,
        'forbidden',
        'This challenge keeps its ideas to its organisers, and so its integrity report.',
      );
    if (await talliesHidden(this.entityManager, challengeId, this.clock.now()))
      throw new ProblemException(
        409,
        'conflict',
        'Blind voting: the integrity report opens to moderators when voting closes (the organisers read it now).',
      );
    return access;
  }

  /** The recount ledger: the organisers, once the voting window has closed (409 before). */
  async requireLedgerReader(principal: Principal, challengeId: string): Promise<ChallengeAccess> {
    const access = await this.visible(principal, challengeId);
    if (!access.canManage)
      throw new ProblemException(403, 'forbidden', 'Only the organisers of this challenge export the ledger.');
    const now = this.clock.now();
    const closed = (access.row.windows ?? []).some(
      (window) => window.kind === 'voting' && window.closesAt !== null && window.closesAt <= now,
    );
    if (!closed)
      throw new ProblemException(409, 'conflict', 'Voting has not closed: the ledger is exported once it has.');
    return access;
  }

  private async visible(principal: Principal, challengeId: string): Promise<ChallengeAccess> {
    const viewer = await this.policy.viewerFor(principal);
    const access = await this.challenges.access(this.entityManager, viewer, challengeId, null);
    if (!access) throw notFound();
    return access;
  }
}

function moderates({ access }: Principal, organisationId: string): boolean {
  return access.memberships.some(
    (membership) => membership.organisationId === organisationId && roleAllows(membership.role, 'moderation:act'),
  );
}
