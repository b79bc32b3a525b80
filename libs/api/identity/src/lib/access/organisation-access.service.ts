import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { ProblemException } from '@crowdforge/api-platform';
import { roleAllows, type OrganisationPermission, type OrganisationRole } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { Membership } from '../organisations/membership.entity';
import { Organisation } from '../organisations/organisation.entity';
import type { Principal } from './principal';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The one rule for "may this person do X in this organisation", used by the guard and by services. */
@Injectable()
export class OrganisationAccess {
  constructor(@InjectEntityManager() private readonly entityManager: EntityManager) {}

  async roleOf(userId: string, organisationId: string): Promise<OrganisationRole | null> {
    const membership = await this.entityManager.findOneBy(Membership, { userId, organisationId });
    return membership?.role ?? null;
  }

  /** Outsiders learn nothing (404); members without the permission get 403. Platform admins may do anything. */
  async assertAllowed(
    principal: Principal,
    organisationId: string | undefined,
    permission: OrganisationPermission,
  ): Promise<void> {
    if (!organisationId || !UUID.test(organisationId)) throw notFound();
    if (principal.access.isPlatformAdmin) {
      if (!(await this.entityManager.existsBy(Organisation, { id: organisationId }))) throw notFound();
      return;
    }
    const role = await this.roleOf(principal.userId, organisationId);
    if (!role) throw notFound();
    if (!roleAllows(role, permission)) {
      throw new ProblemException(403, 'forbidden', 'Your role in this organisation does not allow this.');
    }
  }
}

function notFound(): ProblemException {
  return new ProblemException(404, 'not_found', 'No such organisation.');
}
