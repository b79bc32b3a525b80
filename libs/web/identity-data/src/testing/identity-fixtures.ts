import type { CurrentUser, SessionInfo } from '@crowdforge/contracts';

/** A signed-in person as `GET /session` describes them; override what a test needs. */
export function aUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: 'u-1',
    email: 'ada@example.org',
    emailVerified: true,
    displayName: 'Ada Lovelace',
    bio: '',
    expertise: [],
    language: 'en',
    showOnLeaderboards: true,
    showNameOnIdeas: true,
    isPlatformAdmin: false,
    memberships: [],
    ...overrides,
  };
}

export function aSession(overrides: Partial<CurrentUser> = {}, csrfToken = 'csrf-123'): SessionInfo {
  return { user: aUser(overrides), csrfToken };
}

export const problemJson = { 'Content-Type': 'application/problem+json' };
