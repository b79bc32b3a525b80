import type { TokenScope } from '@crowdforge/contracts';

/** Who is calling: resolved from the session cookie or a personal access token. */
export type Principal =
  | { userId: string; isPlatformAdmin: boolean; via: 'session'; sessionId: string; csrfToken: string }
  | { userId: string; isPlatformAdmin: boolean; via: 'token'; tokenId: string; scopes: TokenScope[] };

export interface AuthenticatedRequest {
  user?: Principal | null;
}
