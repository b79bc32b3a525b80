import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy as CustomStrategy } from 'passport-custom';
import { Strategy as BearerStrategy } from 'passport-http-bearer';
import { readSessionCookie } from '../sessions/session-cookie';
import { SessionsService } from '../sessions/sessions.service';
import { AccessTokensService } from '../tokens/access-tokens.service';
import type { Principal } from './principal';

/** The web app: the `cf_session` cookie. */
@Injectable()
export class SessionStrategy extends PassportStrategy(CustomStrategy, 'session') {
  constructor(private readonly sessions: SessionsService) {
    super();
  }

  async validate(request: FastifyRequest): Promise<Principal | false> {
    const token = readSessionCookie(request);
    return (token && (await this.sessions.authenticate(token))) || false;
  }
}

/** API clients: `Authorization: Bearer cf_pat_…`. */
@Injectable()
export class AccessTokenStrategy extends PassportStrategy(BearerStrategy, 'token') {
  constructor(private readonly tokens: AccessTokensService) {
    super();
  }

  async validate(token: string): Promise<Principal | false> {
    return (await this.tokens.authenticate(token)) || false;
  }
}
