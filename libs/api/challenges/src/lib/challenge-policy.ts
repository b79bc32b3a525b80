import { Injectable } from '@nestjs/common';
import { AccessFactsService, type AccessFacts, type Principal } from '@crowdforge/api-identity';
import { ORGANISATION_ROLES, roleAllows, type GrantRole, type OrganisationPermission } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';

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
  /** Organisations where the person's role allows moderating, and challenges with a moderator or manager grant. */
  moderatorOf: string[];
  moderatedChallenges: string[];
}

export const ANONYMOUS: Viewer = {
  userId: null,
  isPlatformAdmin: false,
  verifiedEmail: null,
  memberOf: [],
  managerOf: [],
  grantedChallenges: [],
  managedChallenges: [],
  moderatorOf: [],
  moderatedChallenges: [],
};

/** The facts about whoever is looking, each as SQL over the `challenges` row aliased `c`. */
interface LookerSql {
  isPlatformAdmin: string;
  /** A member of the challenge's organisation whose role allows managing challenges. */
  managesOrganisation: string;
  /** A manager grant on the challenge. */
  managesChallenge: string;
  /** Any grant on the challenge. */
  holdsGrant: string;
  /** A member of the challenge's organisation whose role allows moderating, or a moderator grant on it. */
  moderates: string;
  memberOfOrganisation: string;
  /** The looker's user id (compared with `user_id` columns). */
  userId: string;
  /** Holds the secret of the challenge's unlisted link. */
  hasKey: string;
  /** Their verified address or its domain is invited. */
  invited: string;
}

/** The one rule, over the facts of `who`. */
function policySql(who: LookerSql) {
  const organiser = `(${who.isPlatformAdmin} OR ${who.managesOrganisation} OR ${who.managesChallenge})`;
  /** The organisers and the moderators of the challenge: they see and act on hidden ideas and comments. */
  const moderator = `(${organiser} OR ${who.moderates})`;
  const participant = `EXISTS (SELECT 1 FROM challenge_participants p WHERE p.challenge_id = c.id AND p.user_id = ${who.userId})`;
  /** The published challenge's audience includes the looker. */
  const audience = `(c.state <> 'draft' AND (
      c.audience = 'public'
      OR (c.audience = 'unlisted' AND (${who.hasKey} OR ${participant}))
      OR (c.audience IN ('internal', 'invite_only') AND ${who.memberOfOrganisation})
      OR (c.audience = 'invite_only' AND ${who.invited})
    ))`;
  // Moderators of the organisation see its published challenges, unlisted ones too, to act on what is flagged there.
  const visible = `(${organiser} OR ${who.holdsGrant} OR ${audience} OR (c.state <> 'draft' AND ${who.moderates}))`;
  return {
    organiser,
    moderator,
    participant,
    audience,
    visible,
    /** Browse lists what the viewer may see, but unlisted challenges only to organisers and participants. */
    listed: `(${visible} AND (c.audience <> 'unlisted' OR ${organiser} OR ${participant}))`,
  };
}

export type PolicySql = ReturnType<typeof policySql>;

/**
 * The one rule for who may see, take part in and manage a challenge, as SQL over the
 * `challenges` row aliased `c`. Detail, browse, search and counts all filter with it.
 * Parameters: those of `parameters(viewer, key)`.
 */
export const POLICY_SQL: PolicySql = policySql({
  isPlatformAdmin: ':isPlatformAdmin',
  managesOrganisation: 'c.organisation_id = ANY(:managerOf)',
  managesChallenge: 'c.id = ANY(:managedChallenges)',
  holdsGrant: 'c.id = ANY(:grantedChallenges)',
  moderates: '(c.organisation_id = ANY(:moderatorOf) OR c.id = ANY(:moderatedChallenges))',
  memberOfOrganisation: 'c.organisation_id = ANY(:memberOf)',
  userId: ':userId',
  hasKey: 'c.unlisted_token = :key',
  invited: '(:email = ANY(c.invited_emails) OR :domain = ANY(c.invited_domains))',
});

const rolesAllowing = (permission: OrganisationPermission) =>
  ORGANISATION_ROLES.filter((role) => roleAllows(role, permission))
    .map((role) => `'${role}'`)
    .join(', ');
const MANAGING_ROLES = rolesAllowing('challenges:manage');
const MODERATING_ROLES = rolesAllowing('moderation:act');
/** Challenge grants that moderate: a manager grant runs the challenge, a moderator grant keeps its conversation. */
const MODERATING_GRANTS: GrantRole[] = ['manager', 'moderator'];

/**
 * The same rule for someone other than the caller: the person in the `users` row aliased `user`
 * (as `ChallengePolicy.viewerOf` would see them, without a link secret). No parameters, so a
 * query can ask it of many people at once, such as who could be mentioned.
 */
export function personPolicySql(user: string): PolicySql {
  const membership = (roles: string) =>
    `EXISTS (SELECT 1 FROM memberships pm WHERE pm.user_id = ${user}.id AND pm.organisation_id = c.organisation_id${roles})`;
  const grant = (roles: string) =>
    `EXISTS (SELECT 1 FROM grants pg WHERE pg.user_id = ${user}.id AND pg.scope = 'challenge' AND pg.scope_id = c.id${roles})`;
  return policySql({
    isPlatformAdmin: `${user}.is_platform_admin`,
    managesOrganisation: membership(` AND pm.role IN (${MANAGING_ROLES})`),
    managesChallenge: grant(` AND pg.role = 'manager'`),
    holdsGrant: grant(''),
    moderates: `(${membership(` AND pm.role IN (${MODERATING_ROLES})`)} OR ${grant(
      ` AND pg.role IN (${MODERATING_GRANTS.map((role) => `'${role}'`).join(', ')})`,
    )})`,
    memberOfOrganisation: membership(''),
    userId: `${user}.id`,
    hasKey: 'false',
    invited: `(${user}.email_verified_at IS NOT NULL
      AND (${user}.email = ANY(c.invited_emails) OR split_part(${user}.email, '@', 2) = ANY(c.invited_domains)))`,
  });
}

export function policyParameters(viewer: Viewer, key: string | null = null): Record<string, unknown> {
  return {
    isPlatformAdmin: viewer.isPlatformAdmin,
    managerOf: viewer.managerOf,
    managedChallenges: viewer.managedChallenges,
    grantedChallenges: viewer.grantedChallenges,
    moderatorOf: viewer.moderatorOf,
    moderatedChallenges: viewer.moderatedChallenges,
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
    moderatorOf: memberships
      .filter((membership) => roleAllows(membership.role, 'moderation:act'))
      .map((membership) => membership.organisationId),
    moderatedChallenges: challengeGrants
      .filter((grant) => MODERATING_GRANTS.includes(grant.role))
      .map((grant) => grant.challengeId),
  };
}

/**
 * The people who run the challenge: members of its organisation whose role manages challenges and
 * holders of a manager grant on it (platform admins may act, but are not told of everything).
 */
export async function organiserIdsOf(manager: EntityManager, challengeId: string): Promise<string[]> {
  const rows: { user_id: string }[] = await manager.query(
    `SELECT m.user_id FROM challenges c JOIN memberships m ON m.organisation_id = c.organisation_id
      WHERE c.id = $1 AND m.role IN (${MANAGING_ROLES})
     UNION
     SELECT g.user_id FROM grants g WHERE g.scope = 'challenge' AND g.scope_id = $1 AND g.role = 'manager'`,
    [challengeId],
  );
  return rows.map((row) => row.user_id);
}
