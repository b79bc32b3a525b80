import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { ProblemCode, ProblemDetails } from '@crowdforge/contracts';
import { PROBLEM_CONTENT_TYPE } from '@crowdforge/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailableError } from '../database/database-errors';
import { ProblemException } from './problem.exception';

const CODE_BY_STATUS: Record<number, ProblemCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  429: 'rate_limited',
  503: 'service_unavailable',
};

const TITLE_BY_CODE: Record<ProblemCode, string> = {
  bad_request: 'Bad request',
  validation_failed: 'Validation failed',
  unauthorized: 'Not signed in',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  conflict: 'Conflict',
  payload_too_large: 'Request too large',
  unsupported_media_type: 'Unsupported media type',
  quota_exceeded: 'Quota exceeded',
  rate_limited: 'Too many requests',
  database_unavailable: 'Database unavailable',
  service_unavailable: 'Service unavailable',
  internal_error: 'Internal error',
};

export const DATABASE_RETRY_AFTER_SECONDS = 5;

interface ProblemWithHeaders {
  problem: Omit<ProblemDetails, 'instance' | 'requestId' | 'type' | 'title'>;
  headers: Record<string, string>;
}

/**
 * Turns every error into problem+json. Client mistakes keep their message;
 * anything unexpected is logged with the request id and answered generically,
 * so no stack trace, SQL or driver text ever reaches a client.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }
}

const logger = new Logger('ProblemFilter');

function sendProblem(exception: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { problem, headers } = describeProblem(exception, request);
  if (problem.status >= 500 && problem.code !== 'database_unavailable') {
    logger.error({ err: exception, requestId: request.id }, `${request.method} ${request.url} failed`);
  }
  const body: ProblemDetails = {
    type: `urn:crowdforge:problem:${problem.code}`,
    title: TITLE_BY_CODE[problem.code],
    ...problem,
    instance: request.url.split('?')[0],
    requestId: String(request.id),
  };
  void reply
    .status(problem.status)
    .headers({ ...headers, 'content-type': PROBLEM_CONTENT_TYPE })
    .send(body);
}

function describeProblem(exception: unknown, request: FastifyRequest): ProblemWithHeaders {
  if (exception instanceof ProblemException) {
    return {
      problem: {
        status: exception.getStatus(),
        code: exception.code,
        detail: exception.message,
        errors: exception.errors,
      },
      headers: exception.headers,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return {
      problem: {
        status,
        code: CODE_BY_STATUS[status] ?? codeForUnknownStatus(status),
        detail: httpDetail(exception, request),
      },
      headers: {},
    };
  }
  const fastifyStatus = clientErrorStatus(exception);
  if (fastifyStatus !== undefined) {
    return {
      problem: {
        status: fastifyStatus,
        code: CODE_BY_STATUS[fastifyStatus] ?? 'bad_request',
        detail: (exception as Error).message,
      },
      headers: {},
    };
  }
  if (isDatabaseUnavailableError(exception)) {
    return {
      problem: {
        status: 503,
        code: 'database_unavailable',
        detail: 'The database is unavailable. Please try again shortly.',
      },
      headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
    };
  }
  return {
    problem: { status: 500, code: 'internal_error', detail: 'Something went wrong on our side. The error was logged.' },
    headers: {},
  };
}

function codeForUnknownStatus(status: number): ProblemCode {
  return status >= 500 ? 'internal_error' : 'bad_request';
}

function httpDetail(exception: HttpException, request: FastifyRequest): string {
  if (exception.getStatus() === 404) return `No resource at ${request.method} ${request.url.split('?')[0]}.`;
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
}

/** Fastify's own client errors (malformed JSON, body too large, bad content type) carry a 4xx statusCode. */
function clientErrorStatus(exception: unknown): number | undefined {
  const status = (exception as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
