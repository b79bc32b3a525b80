import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Clock, ProblemException } from '@crowdforge/api-platform';
import { IsNull, type EntityManager } from 'typeorm';
import { OneTimeLink, type LinkPurpose } from './one-time-link.entity';

const LIFETIME_MINUTES: Record<LinkPurpose, number> = { verify_email: 48 * 60, reset_password: 60 };

interface LinkClaims {
  sub: string;
  purpose: LinkPurpose;
  jti: string;
}

/**
 * Emailed links for email verification and password reset: an HS256-signed token
 * (no other algorithm accepted) naming a row that expires and can be used once.
 */
@Injectable()
export class OneTimeLinksService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly jwt: JwtService,
    private readonly clock: Clock,
  ) {}

  async issue(
    userId: string,
    purpose: LinkPurpose,
    manager: EntityManager = this.entityManager,
  ): Promise<{ token: string; expiresAt: Date }> {
    const now = this.clock.now();
    const link = await manager.save(
      manager.create(OneTimeLink, {
        userId,
        purpose,
        createdAt: now,
        expiresAt: new Date(now.getTime() + LIFETIME_MINUTES[purpose] * 60_000),
      }),
    );
    const claims: LinkClaims = { sub: userId, purpose, jti: link.id };
    return {
      token: await this.jwt.signAsync(claims, { algorithm: 'HS256', noTimestamp: true }),
      expiresAt: link.expiresAt,
    };
  }

  /** Marks the link used and returns its person; refuses forged, expired, reused or misdirected links. */
  async redeem(token: string, purpose: LinkPurpose, manager: EntityManager = this.entityManager): Promise<string> {
    const claims = await this.verify(token);
    if (claims.purpose !== purpose) throw invalidLink();
    const [rows] = await manager.query(
      `UPDATE one_time_links SET used_at = $1
       WHERE id = $2 AND user_id = $3 AND purpose = $4 AND used_at IS NULL AND expires_at > $1
       RETURNING user_id`,
      [this.clock.now(), claims.jti, claims.sub, purpose],
    );
    if (!rows?.length) throw invalidLink();
    return claims.sub;
  }

  /** Used links of a person for a purpose are kept; unused ones are voided when a new one is issued. */
  async voidOpen(userId: string, purpose: LinkPurpose, manager: EntityManager = this.entityManager): Promise<void> {
    await manager.update(OneTimeLink, { userId, purpose, usedAt: IsNull() }, { usedAt: this.clock.now() });
  }

  private async verify(token: string): Promise<LinkClaims> {
    if (typeof token !== 'string' || token.length > 1000) throw invalidLink();
    try {
      const claims = await this.jwt.verifyAsync<LinkClaims>(token, { algorithms: ['HS256'], ignoreExpiration: true });
      const uuid = /^[0-9a-f-]{36}$/;
      if (!uuid.test(claims.jti ?? '') || !uuid.test(claims.sub ?? '')) throw invalidLink();
      return claims;
    } catch {
      throw invalidLink();
    }
  }
}

function invalidLink(): ProblemException {
  return new ProblemException(400, 'bad_request', 'This link is not valid any more. Ask for a new one.');
}
