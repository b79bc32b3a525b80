import { Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { OutgoingHttpHeaders } from 'node:http';
import { Subscription, type Observable } from 'rxjs';

/** One server-sent event: its name and its data (sent as JSON). */
export interface StreamEvent {
  event: string;
  data: unknown;
}

export interface EventStreamOptions {
  /** How long the browser waits before it reconnects once the stream ends. */
  retryMs?: number;
  /** A comment is sent this often, so proxies keep a quiet stream open and a gone client is noticed. */
  keepAliveMs?: number;
}

const logger = new Logger('EventStream');

/**
 * Answers with a server-sent event stream of `events` until they complete or the client leaves.
 * The handler authorises the caller first and throws as usual (a 4xx with problem details); only
 * then is the reply handed over to the stream. (Nest's @Sse sends a refusal as an event of an
 * answer that is already 200.) The reply's headers set so far (security headers, request id) go
 * with it.
 */
export function sendEventStream(
  reply: FastifyReply,
  events: Observable<StreamEvent>,
  { retryMs, keepAliveMs = 25_000 }: EventStreamOptions = {},
): void {
  reply.hijack();
  const raw = reply.raw;
  const headersSoFar = Object.entries(reply.getHeaders()).filter(([, value]) => value !== undefined);
  raw.writeHead(200, {
    ...(Object.fromEntries(headersSoFar) as OutgoingHttpHeaders),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    'x-accel-buffering': 'no',
  });
  raw.write(retryMs === undefined ? ': stream\n\n' : `retry: ${retryMs}\n\n`);
  // A container first: closing while `events` is subscribed (it may complete at once) unsubscribes it too.
  const subscription = new Subscription();
  let closed = false;
  const keepAlive = setInterval(() => raw.write(': keep-alive\n\n'), keepAliveMs);
  keepAlive.unref();
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(keepAlive);
    subscription.unsubscribe();
    if (!raw.writableEnded) raw.end();
  };
  raw.on('close', close);
  subscription.add(
    events.subscribe({
      next: ({ event, data }) => raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
      error: (error: unknown) => {
        logger.error(`Event stream ${reply.request.url.split('?')[0]} failed: ${String(error)}`);
        close();
      },
      complete: close,
    }),
  );
}
