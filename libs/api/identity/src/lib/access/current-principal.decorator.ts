import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ProblemException } from '@crowdforge/api-platform';
import type { AuthenticatedRequest, Principal } from './principal';

/** The signed-in caller; only on routes whose access rule requires signing in. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!principal) throw new ProblemException(401, 'unauthorized', 'Sign in to do this.');
  return principal;
});

/** The caller if signed in, else null; for public routes whose answer depends on who asks. */
export const OptionalPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal | null =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().user ?? null,
);
