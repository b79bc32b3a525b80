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

/** `AccessFacts` of the person `u` as one JSON column, for the query that authenticates them. */
export const ACCESS_FACTS_SQL = `json_build_object(
  'isPlatformAdmin', u.is_platform_admin,
  'verifiedEmail', CASE WHEN u.email_verified_at IS NOT NULL THEN u.email END,
  'memberships', (SELECT coalesce(json_agg(json_build_object('organisationId', m.organisation_id, 'role', m.role)), '[]')
    FROM memberships m WHERE m.user_id = u.id),
  'challengeGrants', (SELECT coalesce(json_agg(json_build_object('challengeId', g.scope_id, 'role', g.role)), '[]')
    FROM grants g WHERE g.user_id = u.id AND g.scope = 'challenge'))`;

/** `AccessFacts` of someone other than the caller (the caller's come with the principal). */
@Injectable()
export class AccessFactsService {
  constructor(@InjectEntityManager() private readonly entityManager: EntityManager) {}

  async of(userId: string): Promise<AccessFacts> {
    const [row]: { access: AccessFacts }[] = await this.entityManager.query(
      `SELECT ${ACCESS_FACTS_SQL} AS access FROM users u WHERE u.id = $1 AND u.deleted_at IS NULL`,
      [userId],
    );
    if (!row) throw new ProblemException(404, 'not_found', 'No such account.');
    return row.access;
  }
}
