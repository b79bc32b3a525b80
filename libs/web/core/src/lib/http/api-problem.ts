import { HttpErrorResponse } from '@angular/common/http';
import type { FieldError, ProblemCode, ProblemDetails } from '@crowdforge/contracts';

/**
 * An API error: RFC 9457 problem details served as `application/problem+json`.
 * `code` is stable for programs, `detail` is written for people.
 * The shape is owned by the shared contracts library.
 */
export type ApiProblem = ProblemDetails;
export type ApiProblemCode = ProblemCode;
export type ApiFieldError = FieldError;

export const PROBLEM_JSON = 'application/problem+json';

export function isApiProblem(value: unknown): value is ApiProblem {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Partial<Record<keyof ApiProblem, unknown>>;
  return (
    typeof candidate.status === 'number' &&
    typeof candidate.title === 'string' &&
    typeof candidate.type === 'string' &&
    (candidate.detail === undefined || typeof candidate.detail === 'string')
  );
}

/** The problem details carried by an HTTP error, if it has any. */
export function problemFrom(error: unknown): ApiProblem | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  let body: unknown = error.error;
  if (typeof body === 'string' && error.headers.get('Content-Type')?.includes(PROBLEM_JSON)) {
    try {
      body = JSON.parse(body);
    } catch {
      return null;
    }
  }
  return isApiProblem(body) ? body : null;
}
