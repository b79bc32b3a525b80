import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Clock, RequestContext } from '@crowdforge/api-platform';
import { MoreThan, Not, type EntityManager } from 'typeorm';
import type { Principal } from '../access/principal';
import { hashToken, randomToken } from '../tokens';
import { Session } from './session.entity';

const SESSION_DAYS = 30;
const TOUCH_AFTER_MS = 60_000;
const DAY_MS = 86_400_000;

export interface StartedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly clock: Clock,
    private readonly context: RequestContext,
  ) {}

  async start(userId: string, manager: EntityManager = this.entityManager): Promise<StartedSession> {
    const token = randomToken();
    const csrfToken = randomToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY_MS);
    await manager.insert(Session, {
      userId,
      tokenHash: hashToken(token),
      csrfToken,
      lastSeenAt: now,
      expiresAt,
      ip: this.context.ip ?? null,
      userAgent: this.context.userAgent?.slice(0, 400) ?? null,
    });
    return { token, csrfToken, expiresAt };
  }

  /** The session's principal, or null when the token is unknown, expired, or its person was deleted. */
  async authenticate(token: string): Promise<Principal | null> {
    const now = this.clock.now();
    const session = await this.entityManager
      .createQueryBuilder(Session, 's')
      .innerJoinAndSelect('s.user', 'u', 'u.deleted_at IS NULL')
      .where('s.token_hash = :tokenHash AND s.expires_at > :now', { tokenHash: hashToken(token), now })
      .getOne();
    const user = session?.user;
    if (!session || !user) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await this.entityManager.update(Session, { id: session.id }, { lastSeenAt: now });
    }
    return {
      userId: user.id,
      isPlatformAdmin: user.isPlatformAdmin,
      via: 'session',
      sessionId: session.id,
      csrfToken: session.csrfToken,
    };
  }

  async end(sessionId: string): Promise<void> {
    await this.entityManager.delete(Session, { id: sessionId });
  }

  /** Ends every session of a person, except `keep` (the one changing the password). */
  async endAllFor(userId: string, keep?: string, manager: EntityManager = this.entityManager): Promise<void> {
    await manager.delete(Session, keep ? { userId, id: Not(keep) } : { userId });
  }

  listFor(userId: string): Promise<Session[]> {
    return this.entityManager.find(Session, {
      where: { userId, expiresAt: MoreThan(this.clock.now()) },
      order: { lastSeenAt: 'DESC' },
    });
  }
}
