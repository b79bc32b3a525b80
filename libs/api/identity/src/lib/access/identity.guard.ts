import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { accessRuleOf, ProblemException, RequestContext, type AccessRule } from '@crowdforge/api-platform';
import type { FastifyRequest } from 'fastify';
import { readSessionCookie } from '../sessions/session-cookie';
import { sameSecret } from '../tokens';
import { OrganisationAccess } from './organisation-access.service';
import type { AuthenticatedRequest, Principal } from './principal';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type GuardedRequest = FastifyRequest & AuthenticatedRequest & { params: Record<string, string | undefined> };

/**
 * Authentication (session cookie or access token, through passport) and the
 * route's access rule, for every request. A route without a rule is refused.
 */
@Injectable()
export class IdentityGuard extends AuthGuard(['session', 'token']) {
  constructor(
    private readonly reflector: Reflector,
    private readonly organisations: OrganisationAccess,
    private readonly context: RequestContext,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const rule = accessRuleOf(this.reflector, context);
    request.user = presentsCredentials(request) ? await this.authenticate(context, rule) : null;
    const principal = request.user;
    if (principal) this.context.setActor(principal.userId);
    if (rule?.kind === 'public') return true;
    if (!principal) throw new ProblemException(401, 'unauthorized', 'Sign in to do this.');
    if (!rule) throw new ProblemException(403, 'forbidden', 'This operation is not open to anyone.');
    refuseForgedRequests(request, principal);
    refuseTokenBeyondItsScope(request, principal, rule);
    if (rule.kind === 'platform-admin' && !principal.access.isPlatformAdmin) {
      throw new ProblemException(403, 'forbidden', 'Only platform administrators can do this.');
    }
    if (rule.kind === 'organisation') {
      await this.organisations.assertAllowed(principal, request.params['organisationId'], rule.permission);
    }
    return true;
  }

  private async authenticate(context: ExecutionContext, rule: AccessRule | undefined): Promise<Principal | null> {
    try {
      await super.canActivate(context);
      return context.switchToHttp().getRequest<GuardedRequest>().user ?? null;
    } catch (error) {
      // Stale credentials do not stop anyone from reading public pages.
      if (rule?.kind === 'public') return null;
      throw error;
    }
  }

  override handleRequest<TUser = Principal>(error: unknown, principal: TUser | false): TUser {
    if (error) throw error;
    if (!principal)
      throw new ProblemException(
        401,
        'unauthorized',
        'Your session has ended or the token is not valid. Sign in again.',
      );
    return principal;
  }
}

function presentsCredentials(request: GuardedRequest): boolean {
  return readSessionCookie(request) !== undefined || typeof request.headers.authorization === 'string';
}

/** A state-changing request made with the session cookie must carry the session's CSRF token. */
function refuseForgedRequests(request: GuardedRequest, principal: Principal): void {
  if (principal.via !== 'session' || SAFE_METHODS.has(request.method)) return;
  const offered = request.headers['x-csrf-token'];
  if (typeof offered !== 'string' || !sameSecret(offered, principal.csrfToken)) {
    throw new ProblemException(403, 'forbidden', 'Missing or wrong X-CSRF-Token header.');
  }
}

function refuseTokenBeyondItsScope(request: GuardedRequest, principal: Principal, rule: AccessRule): void {
  if (principal.via !== 'token') return;
  if (rule.kind === 'signed-in' && rule.sessionOnly) {
    throw new ProblemException(403, 'forbidden', 'Sign in with your password to do this; access tokens cannot.');
  }
  if (!SAFE_METHODS.has(request.method) && !principal.scopes.includes('write')) {
    throw new ProblemException(403, 'forbidden', 'This access token may only read.');
  }
}
