import { FastifyAdapter } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Environment } from '../config/environment';

export const MAX_JSON_BODY_BYTES = 1024 * 1024;

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** Keeps a caller's X-Request-Id when it looks sane, so logs correlate across services. */
function requestIdFor(request: IncomingMessage): string {
  const offered = request.headers['x-request-id'];
  return typeof offered === 'string' && SAFE_REQUEST_ID.test(offered) ? offered : randomUUID();
}

export function createHttpAdapter(environment: Environment): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: MAX_JSON_BODY_BYTES,
    // Only the configured number of proxy hops is believed, so a forged X-Forwarded-For changes nothing.
    trustProxy: environment.TRUST_PROXY,
    genReqId: requestIdFor,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // Long path parameters reach validation (a clear 400) instead of the router's bare 414.
    routerOptions: { maxParamLength: 16_384 },
  });
}
