import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, DomainEvents, ProblemException } from '@crowdforge/api-platform';
import type { MemberView, OrganisationRole } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../access/principal';
import { MemberRoleChanged } from './member-role-changed.event';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';

@Injectable()
export class MembersService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  async list(organisationId: string): Promise<MemberView[]> {
    const memberships = await this.entityManager.find(Membership, {
      where: { organisationId },
      relations: { user: true },
      order: { createdAt: 'ASC' },
    });
    return memberships.map((membership) => ({
      userId: membership.userId,
      displayName: membership.user?.displayName ?? '',
      email: membership.user?.email ?? '',
      role: membership.role,
      joinedAt: membership.createdAt.toISOString(),
    }));
  }

  /** Only owners make or unmake owners; the last owner stays an owner. */
  async changeRole(actor: Principal, organisationId: string, userId: string, role: OrganisationRole): Promise<void> {
    const organisationName = await this.entityManager.transaction(async (manager) => {
      const target = await this.lockedMembership(manager, organisationId, userId);
      const actorIsOwner = await this.actsAsOwner(manager, actor, organisationId);
      if ((role === 'owner' || target.role === 'owner') && !actorIsOwner) {
        throw new ProblemException(403, 'forbidden', 'Only an owner can make someone owner or change an owner’s role.');
      }
      if (target.role === 'owner' && role !== 'owner') await this.refuseLastOwner(manager, organisationId);
      await manager.update(Membership, { organisationId, userId }, { role });
      await this.audit.append(
        {
          action: 'membership.role_changed',
          objectType: 'organisation',
          objectId: organisationId,
          data: { userId, from: target.role, to: role },
        },
        manager,
      );
      return (await manager.findOneByOrFail(Organisation, { id: organisationId })).name;
    });
    await this.events.publish(new MemberRoleChanged(organisationId, organisationName, userId, role, this.clock.now()));
  }

  async remove(actor: Principal, organisationId: string, userId: string): Promise<void> {
    await this.entityManager.transaction(async (manager) => {
      const target = await this.lockedMembership(manager, organisationId, userId);
      const leaving = actor.userId === userId;
      if (target.role === 'owner' && !leaving && !(await this.actsAsOwner(manager, actor, organisationId))) {
        throw new ProblemException(403, 'forbidden', 'Only an owner can remove an owner.');
      }
      if (target.role === 'owner') await this.refuseLastOwner(manager, organisationId);
      await manager.delete(Membership, { organisationId, userId });
      await this.audit.append(
        {
          action: leaving ? 'membership.left' : 'membership.removed',
          objectType: 'organisation',
          objectId: organisationId,
          data: { userId },
        },
        manager,
      );
    });
  }

  /** Locks the organisation row first, so concurrent changes to its owners happen one at a time. */
  private async lockedMembership(manager: EntityManager, organisationId: string, userId: string): Promise<Membership> {
    await manager.query('SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE', [organisationId]);
    const membership = await manager.findOneBy(Membership, { organisationId, userId });
    if (!membership) throw new ProblemException(404, 'not_found', 'This person is not a member.');
    return membership;
  }

  private async actsAsOwner(manager: EntityManager, actor: Principal, organisationId: string): Promise<boolean> {
    if (actor.access.isPlatformAdmin) return true;
    const membership = await manager.findOneBy(Membership, { organisationId, userId: actor.userId });
    return membership?.role === 'owner';
  }

  private async refuseLastOwner(manager: EntityManager, organisationId: string): Promise<void> {
    const owners = await manager.countBy(Membership, { organisationId, role: 'owner' });
    if (owners <= 1) {
      throw new ProblemException(
        409,
        'conflict',
        'An organisation needs at least one owner: make someone else owner first.',
      );
    }
  }
}
