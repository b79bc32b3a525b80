import { Injectable } from '@nestjs/common';
import { AccessFactsService, type AccessFacts, type Principal } from '@crowdforge/api-identity';
import { roleAllows } from '@crowdforge/contracts';

/** Who is looking, resolved once per request: the facts every visibility rule needs. */
export interface Viewer {
  userId: string | null;
  isPlatformAdmin: boolean;
  /** Only a verified address counts for invitations. */
  verifiedEmail: string | null;
  memberOf: string[];
  /** Organisations where the person's role allows managing challenges. */
  managerOf: string[];
  /** Challenges the person holds any grant on, and those with a manager grant. */
  grantedChallenges: string[];
  managedChallenges: string[];
}

export const ANONYMOUS: Viewer = {
  userId: null,
  isPlatformAdmin: false,
  verifiedEmail: null,
  memberOf: [],
  managerOf: [],
  grantedChallenges: [],
  managedChallenges: [],
};

/**
 * The one rule for who may see, take part in and manage a challenge, as SQL over the
 * `challenges` row aliased `c`. Detail, browse, search and counts all filter with it.
 * Parameters: those of `parameters(viewer, key)`.
 */
export const POLICY_SQL = {
  organiser: `(:isPlatformAdmin OR c.organisation_id = ANY(:managerOf) OR c.id = ANY(:managedChallenges))`,
  participant: `EXISTS (SELECT 1 FROM challenge_participants p WHERE p.challenge_id = c.id AND p.user_id = :userId)`,
  /** The published challenge's audience includes the viewer. */
  get audience(): string {
    return `(c.state <> 'draft' AND (
      c.audience = 'public'
      OR (c.audience = 'unlisted' AND (c.unlisted_token = :key OR ${this.participant}))
      OR (c.audience IN ('internal', 'invite_only') AND c.organisation_id = ANY(:memberOf))
      OR (c.audience = 'invite_only' AND (:email = ANY(c.invited_emails) OR :domain = ANY(c.invited_domains)))
    ))`;
  },
  get visible(): string {
    return `(${this.organiser} OR c.id = ANY(:grantedChallenges) OR ${this.audience})`;
  },
  /** Browse lists what the viewer may see, but unlisted challenges only to organisers and participants. */
  get listed(): string {
    return `(${this.visible} AND (c.audience <> 'unlisted' OR ${this.organiser} OR ${this.participant}))`;
  },
};

export function policyParameters(viewer: Viewer, key: string | null = null): Record<string, unknown> {
  return {
    isPlatformAdmin: viewer.isPlatformAdmin,
    managerOf: viewer.managerOf,
    managedChallenges: viewer.managedChallenges,
    grantedChallenges: viewer.grantedChallenges,
    memberOf: viewer.memberOf,
    userId: viewer.userId,
    email: viewer.verifiedEmail,
    domain: viewer.verifiedEmail?.split('@')[1] ?? null,
    key,
  };
}

@Injectable()
export class ChallengePolicy {
  constructor(private readonly accessFacts: AccessFactsService) {}

  /** The caller's facts came with the principal: no query. */
  async viewerFor(principal: Principal | null | undefined): Promise<Viewer> {
    return principal ? viewerWith(principal.userId, principal.access) : ANONYMOUS;
  }

  /** The facts for a person who is not the caller (someone mentioned, a recipient). */
  async viewerOf(userId: string): Promise<Viewer> {
    return viewerWith(userId, await this.accessFacts.of(userId));
  }
}

function viewerWith(userId: string, facts: AccessFacts): Viewer {
  const { isPlatformAdmin, verifiedEmail, memberships, challengeGrants } = facts;
  return {
    userId,
    isPlatformAdmin,
    verifiedEmail,
    memberOf: memberships.map((membership) => membership.organisationId),
    managerOf: memberships
      .filter((membership) => roleAllows(membership.role, 'challenges:manage'))
      .map((membership) => membership.organisationId),
    grantedChallenges: challengeGrants.map((grant) => grant.challengeId),
    managedChallenges: challengeGrants.filter((grant) => grant.role === 'manager').map((grant) => grant.challengeId),
  };
}
