/**
 * Every 4xx/5xx answer of the API has this shape (RFC 9457 problem details,
 * served as application/problem+json). `code` is stable; `detail` is for people.
 */
export const PROBLEM_CODES = [
  'bad_request',
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'quota_exceeded',
  'rate_limited',
  'database_unavailable',
  'service_unavailable',
  'internal_error',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface FieldError {
  /** Dotted path of the offending field, e.g. `criteria.0.weight`. */
  field: string;
  messages: string[];
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
