export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Roles a person holds in an organisation, most powerful first. */
export const ORGANISATION_ROLES = ['owner', 'admin', 'manager', 'reviewer', 'moderator', 'member'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/** Roles granted on one challenge or review round, also to people outside the organisation. */
export const GRANT_ROLES = ['manager', 'moderator', 'reviewer', 'sponsor'] as const;
export type GrantRole = (typeof GRANT_ROLES)[number];

export const GRANT_SCOPES = ['challenge', 'review_round'] as const;
export type GrantScope = (typeof GRANT_SCOPES)[number];

/** What a personal access token may do: `read` allows safe methods only. */
export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export interface CurrentUser {
  id: string;
  email: string;
  emailVerified: boolean;
  displayName: string;
  bio: string;
  expertise: string[];
  language: Language;
  showOnLeaderboards: boolean;
  showNameOnIdeas: boolean;
  isPlatformAdmin: boolean;
  memberships: MembershipSummary[];
}

export interface MembershipSummary {
  organisationId: string;
  organisationSlug: string;
  organisationName: string;
  role: OrganisationRole;
}

export interface SessionInfo {
  user: CurrentUser;
  /** Send back as the X-CSRF-Token header on every state-changing request. */
  csrfToken: string;
}

export interface OrganisationView {
  id: string;
  slug: string;
  name: string;
  brandColour: string;
  logoUrl: string | null;
  createdAt: string;
}

export interface MemberView {
  userId: string;
  displayName: string;
  email: string;
  role: OrganisationRole;
  joinedAt: string;
}

export interface InvitationView {
  id: string;
  email: string;
  role: OrganisationRole;
  invitedBy: string | null;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

export interface GrantView {
  id: string;
  userId: string;
  displayName: string;
  scope: GrantScope;
  scopeId: string;
  role: GrantRole;
  createdAt: string;
}

export interface AccessTokenView {
  id: string;
  name: string;
  scopes: TokenScope[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export interface CreatedAccessToken extends AccessTokenView {
  /** Shown once; only its hash is stored. */
  token: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
