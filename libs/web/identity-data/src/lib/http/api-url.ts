import { HttpClient, HttpContext } from '@angular/common/http';
import { inject } from '@angular/core';
import { API_BASE_PATH, SKIP_ERROR_TOAST } from '@crowdforge/web-core';
import type { Observable } from 'rxjs';

/** Base URL of version 1 of the API (`/api/v1`). Call in an injection context. */
export function injectApiV1(): string {
  return `${inject(API_BASE_PATH)}/v1`;
}

/**
 * Request options for calls whose errors the caller shows itself (a form shows them next to
 * its fields), so the API interceptor does not also raise an error toast.
 */
export function ownErrors(): { context: HttpContext } {
  return { context: new HttpContext().set(SKIP_ERROR_TOAST, true) };
}

/** Encodes one path segment (ids come from URLs and must not change the path). */
export const segment = (value: string): string => encodeURIComponent(value);

/**
 * Sets something the API keeps as a resource of its own (a follow, a mark, a vote, a link) with
 * PUT, or takes it back with DELETE; errors are left to the caller.
 */
export function putOrDelete<T>(http: HttpClient, url: string, on: boolean): Observable<T> {
  return on ? http.put<T>(url, {}, ownErrors()) : http.delete<T>(url, ownErrors());
}
