import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService } from '@crowdforge/api-platform';
import type { EntityManager } from 'typeorm';
import { Grant } from '../grants/grant.entity';
import { Membership } from '../organisations/membership.entity';
import { Session } from '../sessions/session.entity';
import { PersonalAccessToken } from '../tokens/personal-access-token.entity';
import { AccountsService } from './accounts.service';

export interface PersonalDataSection {
  /** Key in the export, e.g. `ideas`. */
  name: string;
  collect(userId: string, manager: EntityManager): Promise<unknown>;
}

/** "Download my data": identity's own sections plus whatever later capabilities register. */
@Injectable()
export class PersonalDataService {
  private readonly sections: PersonalDataSection[] = [];

  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
  ) {}

  register(section: PersonalDataSection): void {
    this.sections.push(section);
  }

  async export(userId: string): Promise<Record<string, unknown>> {
    const manager = this.entityManager;
    const [profile, user, memberships, sessions, tokens, grants, activity] = await Promise.all([
      this.accounts.currentUser(userId),
      this.accounts.require(userId),
      manager.find(Membership, { where: { userId }, relations: { organisation: true } }),
      manager.find(Session, { where: { userId } }),
      manager.find(PersonalAccessToken, { where: { userId } }),
      manager.find(Grant, { where: { userId } }),
      this.audit.find({ actorId: userId, limit: 500 }),
    ]);
    const extra = await Promise.all(
      this.sections.map(async (section) => [section.name, await section.collect(userId, manager)]),
    );
    return {
      exportedAt: new Date().toISOString(),
      profile: { ...profile, createdAt: user.createdAt, emailVerifiedAt: user.emailVerifiedAt },
      memberships: memberships.map(({ organisation, role, createdAt }) => ({
        organisation: organisation?.name,
        role,
        since: createdAt,
      })),
      sessions: sessions.map(({ createdAt, lastSeenAt, expiresAt, ip, userAgent }) => ({
        createdAt,
        lastSeenAt,
        expiresAt,
        ip,
        userAgent,
      })),
      accessTokens: tokens.map(({ name, scopes, createdAt, lastUsedAt, revokedAt }) => ({
        name,
        scopes,
        createdAt,
        lastUsedAt,
        revokedAt,
      })),
      grants: grants.map(({ scope, scopeId, role, createdAt }) => ({ scope, scopeId, role, createdAt })),
      activity: activity.map(({ action, objectType, objectId, occurredAt, ip }) => ({
        action,
        objectType,
        objectId,
        occurredAt,
        ip,
      })),
      ...Object.fromEntries(extra),
    };
  }
}
