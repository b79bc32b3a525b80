import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException, RateLimiter, type RateLimit } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import { NotificationsService } from '@crowdforge/api-engagement';
import { ChallengePolicy } from '@crowdforge/api-challenges';
import type { IdeaDetail } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { addIdeaFollower } from '../follow/idea-follows.service';
import { IdeaAccessRule } from '../idea-access';
import { IdeaDetails } from '../idea-details';
import { CoAuthorInvitationRow } from './co-author-invitation.entity';
import { IdeaAuthorRow } from './idea-author.entity';

const MAX_PENDING = 10;
/** Invitations notify (and email) the invitee: limited per inviter against spam. */
const INVITATIONS_PER_HOUR = (userId: string): RateLimit => ({
  key: `ideas:invite:${userId}`,
  limit: 30,
  windowSeconds: 3600,
});

/** Sharing authorship: an author invites by email; the person with that verified address accepts or declines. */
@Injectable()
export class CoAuthorsService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly access: IdeaAccessRule,
    private readonly details: IdeaDetails,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async invite(principal: Principal, ideaId: string, email: string): Promise<IdeaDetail> {
    await this.rateLimiter.consume(INVITATIONS_PER_HOUR(principal.userId));
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { idea } = await this.access.requireAuthor(manager, viewer, ideaId);
      if (idea.status === 'withdrawn' || idea.status === 'merged')
        throw new ProblemException(409, 'conflict', `A ${idea.status} idea takes no co-authors.`);
      const invitee: { id: string }[] = await manager.query(
        `SELECT u.id FROM users u WHERE lower(u.email) = $1 AND u.email_verified_at IS NOT NULL AND u.deleted_at IS NULL`,
        [email],
      );
      const inviteeId = invitee[0]?.id ?? null;
      if (inviteeId && (await manager.exists(IdeaAuthorRow, { where: { ideaId, userId: inviteeId } })))
        throw new ProblemException(409, 'conflict', 'This person is already an author of the idea.');
      const pending = await manager.count(CoAuthorInvitationRow, { where: { ideaId, state: 'pending' } });
      if (pending >= MAX_PENDING)
        throw new ProblemException(409, 'conflict', `An idea can have at most ${MAX_PENDING} open invitations.`);
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(CoAuthorInvitationRow)
        .values({ ideaId, email, invitedById: principal.userId, state: 'pending', createdAt: this.clock.now() })
        .orIgnore()
        .returning('id')
        .execute();
      if (inserted.raw.length === 0)
        throw new ProblemException(409, 'conflict', 'This address was already invited to the idea.');
      await this.audit.append(
        { action: 'idea.co_author_invited', objectType: 'idea', objectId: ideaId, data: { email } },
        manager,
      );
      if (inviteeId) await this.tellInvitee(manager, inviteeId, ideaId, idea.title);
    });
    return this.details.of(viewer, ideaId);
  }

  async answer(principal: Principal, invitationId: string, answer: 'accept' | 'decline'): Promise<IdeaDetail> {
    const viewer = await this.policy.viewerFor(principal);
    const ideaId = await this.entityManager.transaction(async (manager) => {
      const invitation = await manager.findOne(CoAuthorInvitationRow, {
        where: { id: invitationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || invitation.email !== viewer.verifiedEmail?.toLowerCase())
        throw new ProblemException(404, 'not_found', 'There is no such invitation for you.');
      // Co-authors come from the challenge's audience: the invitee must be able to see the idea.
      await this.access.require(manager, viewer, invitation.ideaId);
      if (invitation.state !== 'pending')
        throw new ProblemException(409, 'conflict', `This invitation was already ${invitation.state}.`);
      const now = this.clock.now();
      const state = answer === 'accept' ? 'accepted' : 'declined';
      await manager.update(CoAuthorInvitationRow, { id: invitationId }, { state, answeredAt: now });
      if (answer === 'accept') {
        await manager
          .createQueryBuilder()
          .insert()
          .into(IdeaAuthorRow)
          .values({ ideaId: invitation.ideaId, userId: principal.userId, joinedAt: now })
          .orIgnore()
          .execute();
        await addIdeaFollower(manager, invitation.ideaId, principal.userId, now);
      }
      await this.audit.append(
        { action: `idea.co_author_${state}`, objectType: 'idea', objectId: invitation.ideaId },
        manager,
      );
      return invitation.ideaId;
    });
    return this.details.of(viewer, ideaId);
  }

  private tellInvitee(manager: EntityManager, inviteeId: string, ideaId: string, title: string): Promise<string> {
    return this.notifications.notify(
      inviteeId,
      {
        type: 'co_authorship',
        title: {
          en: `You are invited to co-author “${title}”`,
          nl: `Je bent uitgenodigd als mede-auteur van “${title}”`,
        },
        body: {
          en: 'Open the idea to accept or decline sharing its authorship.',
          nl: 'Open het idee om het mede-auteurschap te accepteren of af te slaan.',
        },
        link: `/ideas/${ideaId}`,
      },
      { manager },
    );
  }
}
