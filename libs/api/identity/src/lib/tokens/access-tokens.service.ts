import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException } from '@crowdforge/api-platform';
import type { AccessTokenView, CreatedAccessToken, TokenScope } from '@crowdforge/contracts';
import { IsNull, type EntityManager } from 'typeorm';
import { ACCESS_FACTS_SQL, type AccessFacts } from '../access/access-facts.service';
import type { Principal } from '../access/principal';
import { hashToken, randomToken } from '../tokens';
import { PersonalAccessToken } from './personal-access-token.entity';

export const TOKEN_PREFIX = 'cf_pat_';
const MAX_TOKENS_PER_PERSON = 20;
const DAY_MS = 86_400_000;

@Injectable()
export class AccessTokensService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async create(
    userId: string,
    name: string,
    scopes: TokenScope[],
    expiresInDays?: number,
  ): Promise<CreatedAccessToken> {
    return this.entityManager.transaction(async (manager) => {
      // Serialise per person so parallel requests cannot exceed the limit.
      await manager.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [userId]);
      const active = await manager.count(PersonalAccessToken, { where: { userId, revokedAt: IsNull() } });
      if (active >= MAX_TOKENS_PER_PERSON) {
        throw new ProblemException(409, 'conflict', `You can have at most ${MAX_TOKENS_PER_PERSON} active tokens.`);
      }
      const token = randomToken(TOKEN_PREFIX);
      const now = this.clock.now();
      const saved = await manager.save(
        manager.create(PersonalAccessToken, {
          userId,
          name,
          scopes: [...new Set(scopes)],
          tokenHash: hashToken(token),
          createdAt: now,
          expiresAt: expiresInDays ? new Date(now.getTime() + expiresInDays * DAY_MS) : null,
        }),
      );
      await this.audit.append({ action: 'token.created', objectType: 'access_token', objectId: saved.id }, manager);
      return { ...toView(saved), token };
    });
  }

  async list(userId: string): Promise<AccessTokenView[]> {
    const tokens = await this.entityManager.find(PersonalAccessToken, {
      where: { userId, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    return tokens.map(toView);
  }

  async revoke(userId: string, tokenId: string): Promise<void> {
    const result = await this.entityManager.update(
      PersonalAccessToken,
      { id: tokenId, userId, revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
    if (!result.affected) throw new ProblemException(404, 'not_found', 'No such token.');
    await this.audit.append({ action: 'token.revoked', objectType: 'access_token', objectId: tokenId });
  }

  async authenticate(token: string): Promise<Principal | null> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
    // One round trip: the token is marked used only if it and its person are still valid.
    const [found]: { id: string; user_id: string; scopes: TokenScope[]; access: AccessFacts }[] =
      await this.entityManager.query(
        `WITH used AS (
           UPDATE personal_access_tokens t SET last_used_at = $2 FROM users u
            WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2)
              AND u.id = t.user_id AND u.deleted_at IS NULL
           RETURNING t.id, t.user_id, t.scopes, ${ACCESS_FACTS_SQL} AS access)
         SELECT * FROM used`,
        [hashToken(token), this.clock.now()],
      );
    if (!found) return null;
    return {
      userId: found.user_id,
      access: found.access,
      via: 'token',
      tokenId: found.id,
      scopes: found.scopes,
    };
  }
}

function toView(token: PersonalAccessToken): AccessTokenView {
  return {
    id: token.id,
    name: token.name,
    scopes: token.scopes,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    expiresAt: token.expiresAt?.toISOString() ?? null,
  };
}
