import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { ProblemException } from '@crowdforge/api-platform';
import type { GrantRole, OrganisationRole } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';

/** What access rules need to know about a person: their account, organisations and challenge grants. */
export interface AccessFacts {
  isPlatformAdmin: boolean;
  verifiedEmail: string | null;
  memberships: { organisationId: string; role: OrganisationRole }[];
  challengeGrants: { challengeId: string; role: GrantRole }[];
}

/** Reads `AccessFacts` in one query: every signed-in request that checks visibility needs them. */
@Injectable()
export class AccessFactsService {
  constructor(@InjectEntityManager() private readonly entityManager: EntityManager) {}

  async of(userId: string): Promise<AccessFacts> {
    const [row]: AccessFacts[] = await this.entityManager.query(
      `SELECT u.is_platform_admin AS "isPlatformAdmin",
              CASE WHEN u.email_verified_at IS NOT NULL THEN u.email END AS "verifiedEmail",
              (SELECT coalesce(json_agg(json_build_object('organisationId', m.organisation_id, 'role', m.role)), '[]')
                 FROM memberships m WHERE m.user_id = u.id) AS memberships,
              (SELECT coalesce(json_agg(json_build_object('challengeId', g.scope_id, 'role', g.role)), '[]')
                 FROM grants g WHERE g.user_id = u.id AND g.scope = 'challenge') AS "challengeGrants"
         FROM users u WHERE u.id = $1 AND u.deleted_at IS NULL`,
      [userId],
    );
    if (!row) throw new ProblemException(404, 'not_found', 'No such account.');
    return row;
  }
}
