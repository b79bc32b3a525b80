import { HttpErrorResponse } from '@angular/common/http';
import type { FormMessage } from '@crowdforge/web-ui';

/** The API refuses shorter passwords (and common ones, which only it can tell). */
export const PASSWORD_MIN_LENGTH = 10;

/** Minutes to wait after a 429, from its Retry-After header (at least 1). */
export function retryAfterMinutes(error: unknown): number {
  const seconds = error instanceof HttpErrorResponse ? Number(error.headers.get('Retry-After')) : NaN;
  return Number.isFinite(seconds) && seconds > 0 ? Math.max(1, Math.ceil(seconds / 60)) : 1;
}

/** "Too many attempts" in the person's language, when the API says so. */
export function tooManyAttempts(error: unknown): FormMessage | null {
  return error instanceof HttpErrorResponse && error.status === 429
    ? { key: 'auth.tooManyAttempts', params: { minutes: retryAfterMinutes(error) } }
    : null;
}
