import { LoggerModule } from 'nestjs-pino';
import type { Environment } from '../config/environment';

/** Structured JSON logs, one line per request with its id; secrets never logged. */
export function createLoggerModule(environment: Environment) {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: environment.LOG_LEVEL,
      genReqId: (request) => (request as unknown as { id: string }).id,
      customAttributeKeys: { reqId: 'requestId' },
      redact: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
      autoLogging: { ignore: (request) => request.url?.startsWith('/api/health') ?? false },
      serializers: {
        req: (request: { id: string; method: string; url: string; remoteAddress?: string }) => ({
          id: request.id,
          method: request.method,
          url: request.url,
          remoteAddress: request.remoteAddress,
        }),
      },
    },
  });
}
