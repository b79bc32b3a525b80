import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, ProblemException } from '@crowdforge/api-platform';
import type { OrganisationView } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import type { CreateOrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly audit: AuditService,
  ) {}

  /** Anyone signed in may start an organisation and becomes its owner. */
  async create(userId: string, input: CreateOrganisationDto): Promise<OrganisationView> {
    const slug = input.slug ?? slugify(input.name);
    if (!slug)
      throw new ProblemException(400, 'validation_failed', 'Choose a slug with letters or digits.', [
        { field: 'slug', messages: ['required'] },
      ]);
    return this.entityManager.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Organisation)
        .values({ name: input.name, slug })
        .orIgnore()
        .returning('*')
        .execute();
      const organisation = inserted.raw[0] as { id: string } | undefined;
      if (!organisation) {
        throw new ProblemException(409, 'conflict', `The address "${slug}" is taken. Choose another slug.`, [
          { field: 'slug', messages: ['taken'] },
        ]);
      }
      await manager.insert(Membership, { organisationId: organisation.id, userId, role: 'owner' });
      await this.audit.append(
        { action: 'organisation.created', objectType: 'organisation', objectId: organisation.id, data: { slug } },
        manager,
      );
      return toView(await manager.findOneByOrFail(Organisation, { id: organisation.id }));
    });
  }

  async get(organisationId: string): Promise<OrganisationView> {
    const organisation = await this.entityManager.findOneBy(Organisation, { id: organisationId });
    if (!organisation) throw new ProblemException(404, 'not_found', 'No such organisation.');
    return toView(organisation);
  }

  async update(organisationId: string, changes: UpdateOrganisationDto): Promise<OrganisationView> {
    await this.entityManager.update(Organisation, { id: organisationId }, changes);
    await this.audit.append({
      action: 'organisation.updated',
      objectType: 'organisation',
      objectId: organisationId,
      data: { ...changes },
    });
    return this.get(organisationId);
  }

  async listFor(userId: string): Promise<OrganisationView[]> {
    const memberships = await this.entityManager.find(Membership, {
      where: { userId },
      relations: { organisation: true },
      order: { createdAt: 'ASC' },
    });
    return memberships.flatMap((membership) => (membership.organisation ? [toView(membership.organisation)] : []));
  }
}

export function toView(organisation: Organisation): OrganisationView {
  return {
    id: organisation.id,
    slug: organisation.slug,
    name: organisation.name,
    brandColour: organisation.brandColour,
    logoUrl: organisation.logoUrl,
    createdAt: organisation.createdAt.toISOString(),
  };
}

function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}
