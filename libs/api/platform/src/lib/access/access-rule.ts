import { applyDecorators, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { ApiCookieAuth, ApiBearerAuth } from '@nestjs/swagger';
import type { OrganisationPermission } from '@crowdforge/contracts';

/**
 * Who may call a route. Every route declares one; a route that declares none is
 * refused (deny by default). The identity module's guard enforces them.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed-in'; sessionOnly: boolean }
  | { kind: 'organisation'; permission: OrganisationPermission }
  | { kind: 'platform-admin' };

const ACCESS_RULE = 'crowdforge:access-rule';

const declare = (rule: AccessRule) =>
  rule.kind === 'public'
    ? SetMetadata(ACCESS_RULE, rule)
    : applyDecorators(SetMetadata(ACCESS_RULE, rule), ApiCookieAuth('session'), ApiBearerAuth('token'));

/** Anyone, signed in or not. */
export const Public = () => declare({ kind: 'public' });

/** Any signed-in person; `sessionOnly` refuses access tokens (password, tokens, account deletion). */
export const SignedIn = (options: { sessionOnly?: boolean } = {}) =>
  declare({ kind: 'signed-in', sessionOnly: options.sessionOnly ?? false });

/** Members of the organisation named by the `:organisationId` route parameter whose role grants `permission`. */
export const Allow = (permission: OrganisationPermission) => declare({ kind: 'organisation', permission });

/** Operators of the platform. */
export const PlatformAdmin = () => declare({ kind: 'platform-admin' });

export function accessRuleOf(reflector: Reflector, context: ExecutionContext): AccessRule | undefined {
  return reflector.getAllAndOverride<AccessRule>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
}
