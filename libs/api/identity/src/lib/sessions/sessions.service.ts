import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Clock, preparedQuery, RequestContext } from '@crowdforge/api-platform';
import { MoreThan, Not, type EntityManager } from 'typeorm';
import { ACCESS_FACTS_SQL, type AccessFacts } from '../access/access-facts.service';
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
    const [session] = await preparedQuery<{
      id: string;
      user_id: string;
      csrf_token: string;
      last_seen_at: Date;
      access: AccessFacts;
    }>(
      this.entityManager,
      `SELECT s.id, s.user_id, s.csrf_token, s.last_seen_at, ${ACCESS_FACTS_SQL} AS access
           FROM sessions s JOIN users u ON u.id = s.user_id AND u.deleted_at IS NULL
          WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [hashToken(token), now],
    );
    if (!session) return null;
    if (now.getTime() - session.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await this.entityManager.update(Session, { id: session.id }, { lastSeenAt: now });
    }
    return {
      userId: session.user_id,
      access: session.access,
      via: 'session',
      sessionId: session.id,
      csrfToken: session.csrf_token,
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
