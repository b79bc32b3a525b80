import type { TokenScope } from '@crowdforge/contracts';
import type { AccessFacts } from './access-facts.service';

/**
 * Who is calling: resolved from the session cookie or a personal access token, with the facts
 * access rules need read in the same query (see ADR 10).
 */
export type Principal = { userId: string; access: AccessFacts } & (
  | { via: 'session'; sessionId: string; csrfToken: string }
  | { via: 'token'; tokenId: string; scopes: TokenScope[] }
);

export interface AuthenticatedRequest {
  user?: Principal | null;
}
