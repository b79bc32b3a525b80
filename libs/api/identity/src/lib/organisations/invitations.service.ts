import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, Environment, Mailer, ProblemException } from '@crowdforge/api-platform';
import type { InvitationView } from '@crowdforge/contracts';
import { IsNull, type EntityManager } from 'typeorm';
import { User } from '../accounts/user.entity';
import type { Principal } from '../access/principal';
import { hashToken, randomToken } from '../tokens';
import type { InviteDto } from './dto/organisation.dto';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';
import { ROLE_LABELS } from './role-labels';

const INVITATION_DAYS = 7;

@Injectable()
export class InvitationsService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly environment: Environment,
  ) {}

  /** Only owners and admins invite (the route says so); nobody can be invited as owner. */
  async invite(actor: Principal, organisationId: string, input: InviteDto): Promise<InvitationView> {
    return this.entityManager.transaction(async (manager) => {
      const organisation = await manager.findOneByOrFail(Organisation, { id: organisationId });
      const inviter = await manager.findOneByOrFail(User, { id: actor.userId });
      const alreadyMember = await manager.query(
        'SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1 AND u.email = $2',
        [organisationId, input.email],
      );
      if (alreadyMember.length > 0) throw new ProblemException(409, 'conflict', 'This person is already a member.');
      const token = randomToken();
      const now = this.clock.now();
      const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
      // A newer invitation to the same address replaces the open one.
      await manager.update(
        Invitation,
        { organisationId, email: input.email, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: now },
      );
      const invitation = await manager.save(
        manager.create(Invitation, {
          organisationId,
          email: input.email,
          role: input.role,
          tokenHash: hashToken(token),
          invitedById: actor.userId,
          createdAt: now,
          expiresAt,
        }),
      );
      const link = new URL(
        `/invitations/accept?token=${encodeURIComponent(token)}`,
        this.environment.PUBLIC_URL,
      ).toString();
      await this.mailer.sendTemplate(
        input.email,
        'invitation',
        {
          organisationName: organisation.name,
          inviterName: inviter.displayName,
          role: ROLE_LABELS[inviter.language][input.role],
          link,
          expiresAt,
        },
        inviter.language,
        { manager },
      );
      await this.audit.append(
        {
          action: 'invitation.sent',
          objectType: 'organisation',
          objectId: organisationId,
          data: { email: input.email, role: input.role },
        },
        manager,
      );
      return toView(invitation, inviter.displayName);
    });
  }

  async list(organisationId: string): Promise<InvitationView[]> {
    const invitations = await this.entityManager.find(Invitation, {
      where: { organisationId },
      relations: { invitedBy: true },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return invitations.map((invitation) => toView(invitation, invitation.invitedBy?.displayName ?? null));
  }

  async revoke(organisationId: string, invitationId: string): Promise<void> {
    const result = await this.entityManager.update(
      Invitation,
      { id: invitationId, organisationId, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
    if (!result.affected) throw new ProblemException(404, 'not_found', 'No open invitation with this id.');
    await this.audit.append({
      action: 'invitation.revoked',
      objectType: 'organisation',
      objectId: organisationId,
      data: { invitationId },
    });
  }

  /** Only the invited, verified email address can accept; the invitation then becomes a membership once. */
  async accept(actor: Principal, token: string): Promise<{ organisationId: string }> {
    return this.entityManager.transaction(async (manager) => {
      const invitation = await manager
        .createQueryBuilder(Invitation, 'invitation')
        .setLock('pessimistic_write')
        .where('invitation.token_hash = :hash', { hash: hashToken(token) })
        .getOne();
      const now = this.clock.now();
      if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) {
        throw new ProblemException(400, 'bad_request', 'This invitation is not valid any more. Ask for a new one.');
      }
      const user = await manager.findOneByOrFail(User, { id: actor.userId });
      if (!user.emailVerifiedAt || user.email !== invitation.email) {
        throw new ProblemException(403, 'forbidden', 'This invitation was sent to another email address.');
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(Membership)
        .values({ organisationId: invitation.organisationId, userId: user.id, role: invitation.role })
        .orIgnore()
        .execute();
      await manager.update(Invitation, { id: invitation.id }, { acceptedAt: now });
      await this.audit.append(
        {
          action: 'invitation.accepted',
          objectType: 'organisation',
          objectId: invitation.organisationId,
          data: { role: invitation.role },
        },
        manager,
      );
      return { organisationId: invitation.organisationId };
    });
  }
}

function toView(invitation: Invitation, invitedBy: string | null): InvitationView {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    invitedBy,
    expiresAt: invitation.expiresAt.toISOString(),
    acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
    revokedAt: invitation.revokedAt?.toISOString() ?? null,
  };
}
