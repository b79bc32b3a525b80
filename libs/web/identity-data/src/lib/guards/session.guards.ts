import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import { SessionStore } from '../session/session.store';

export const SIGN_IN_PATH = '/sign-in';

/**
 * A path inside this app to return to after signing in: it must start with one `/`
 * (so `//evil.example` or `https://…` cannot send people elsewhere) and not be the sign-in page.
 */
export function safeReturnUrl(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback;
  }
  return value.startsWith(SIGN_IN_PATH) ? fallback : value;
}

function signInRedirect(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl } });
}

/** Pages for signed-in people: anonymous visitors go to `/sign-in?returnUrl=<this page>`. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.whenLoaded();
  return session.signedIn() ? true : signInRedirect(router, state.url);
};

/** Pages for platform administrators; others are sent home (anonymous visitors sign in first). */
export const platformAdminGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.whenLoaded();
  if (!session.signedIn()) {
    return signInRedirect(router, state.url);
  }
  return session.isPlatformAdmin() ? true : router.createUrlTree(['/']);
};

/** Sign-in and sign-up pages: someone already signed in goes on to `returnUrl` (or home). */
export const signedOutGuard: CanActivateFn = async (route) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.whenLoaded();
  return session.signedIn() ? router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl'))) : true;
};
