import type { OrganisationRole } from './identity';

/** Permissions inside one organisation. Routes declare them; roles grant them. */
export const ORGANISATION_PERMISSIONS = [
  'organisation:read',
  'organisation:manage',
  'members:read',
  'members:manage',
  'grants:manage',
  'challenges:manage',
  'moderation:act',
  'review:score',
] as const;
export type OrganisationPermission = (typeof ORGANISATION_PERMISSIONS)[number];

const MEMBER: OrganisationPermission[] = ['organisation:read', 'members:read'];

export const ROLE_PERMISSIONS: Record<OrganisationRole, readonly OrganisationPermission[]> = {
  owner: ORGANISATION_PERMISSIONS,
  admin: ORGANISATION_PERMISSIONS,
  manager: [...MEMBER, 'challenges:manage', 'grants:manage', 'moderation:act'],
  moderator: [...MEMBER, 'moderation:act'],
  reviewer: [...MEMBER, 'review:score'],
  member: MEMBER,
};

export function roleAllows(role: OrganisationRole, permission: OrganisationPermission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
