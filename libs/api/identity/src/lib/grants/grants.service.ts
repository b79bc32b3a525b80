import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, ProblemException } from '@crowdforge/api-platform';
import type { GrantRole, GrantScope, GrantView } from '@crowdforge/contracts';
import { IsNull, Not, type EntityManager } from 'typeorm';
import { User } from '../accounts/user.entity';
import type { Principal } from '../access/principal';
import type { CreateGrantDto, GrantFilterDto } from './dto/grant.dto';
import { Grant } from './grant.entity';

@Injectable()
export class GrantsService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Principal, organisationId: string, input: CreateGrantDto): Promise<GrantView> {
    const user = await this.entityManager.findOneBy(User, {
      email: input.email,
      deletedAt: IsNull(),
      emailVerifiedAt: Not(IsNull()),
    });
    if (!user) {
      throw new ProblemException(
        404,
        'not_found',
        'No confirmed account has this email address. Ask them to sign up first.',
      );
    }
    const inserted = await this.entityManager
      .createQueryBuilder()
      .insert()
      .into(Grant)
      .values({
        organisationId,
        userId: user.id,
        scope: input.scope,
        scopeId: input.scopeId,
        role: input.role,
        grantedById: actor.userId,
      })
      .orIgnore()
      .returning('id')
      .execute();
    const id: string | undefined = inserted.raw[0]?.id;
    if (!id) throw new ProblemException(409, 'conflict', 'This person already has this role there.');
    await this.audit.append({
      action: 'grant.created',
      objectType: 'organisation',
      objectId: organisationId,
      data: { ...input, userId: user.id },
    });
    return this.toView(await this.entityManager.findOneOrFail(Grant, { where: { id }, relations: { user: true } }));
  }

  async list(organisationId: string, filter: GrantFilterDto): Promise<GrantView[]> {
    const grants = await this.entityManager.find(Grant, {
      where: {
        organisationId,
        ...(filter.scope && { scope: filter.scope }),
        ...(filter.scopeId && { scopeId: filter.scopeId }),
      },
      relations: { user: true },
      order: { createdAt: 'DESC' },
      take: 500,
    });
    return grants.map((grant) => this.toView(grant));
  }

  async revoke(organisationId: string, grantId: string): Promise<void> {
    const result = await this.entityManager.delete(Grant, { id: grantId, organisationId });
    if (!result.affected) throw new ProblemException(404, 'not_found', 'No such grant.');
    await this.audit.append({
      action: 'grant.revoked',
      objectType: 'organisation',
      objectId: organisationId,
      data: { grantId },
    });
  }

  /** The roles a person holds on one challenge or review round; later domains call this. */
  async rolesOn(userId: string, scope: GrantScope, scopeId: string): Promise<GrantRole[]> {
    const grants = await this.entityManager.findBy(Grant, { userId, scope, scopeId });
    return grants.map((grant) => grant.role);
  }

  private toView(grant: Grant): GrantView {
    return {
      id: grant.id,
      userId: grant.userId,
      displayName: grant.user?.displayName ?? '',
      scope: grant.scope,
      scopeId: grant.scopeId,
      role: grant.role,
      createdAt: grant.createdAt.toISOString(),
    };
  }
}
