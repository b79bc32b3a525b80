import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { API_BASE_PATH } from '@crowdforge/web-core';
import { catchError, throwError } from 'rxjs';
import { SessionStore } from '../session/session.store';

/** Methods that change nothing: the API accepts them without a CSRF token. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * For requests to our API: adds the session's CSRF token to every state-changing request
 * (the API refuses them without it), and forgets the session when the API answers 401 to a
 * signed-in request (it ended elsewhere or expired).
 */
export const sessionInterceptor: HttpInterceptorFn = (request, next) => {
  const basePath = inject(API_BASE_PATH);
  if (!isApiRequest(request.url, basePath)) {
    return next(request);
  }
  const session = inject(SessionStore);
  const token = session.csrfToken();
  const outgoing =
    token && !SAFE_METHODS.has(request.method.toUpperCase()) && !request.headers.has(CSRF_HEADER)
      ? request.clone({ setHeaders: { [CSRF_HEADER]: token } })
      : request;

  return next(outgoing).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && session.signedIn()) {
        session.clear();
      }
      return throwError(() => error);
    }),
  );
};

/** Same-origin requests below the API's base path (never another site). */
function isApiRequest(url: string, basePath: string): boolean {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return url.startsWith(base) && !url.startsWith('//');
}
