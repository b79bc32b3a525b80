import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import type {} from '@fastify/static'; // adds reply.sendFile to Fastify's types
import { VersioningType, type INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { MAX_UPLOAD } from '@crowdforge/contracts';
import { existsSync } from 'node:fs';
import { constants as zlib } from 'node:zlib';
import { join, resolve } from 'node:path';
import type { Environment } from '../config/environment';
import { createValidationPipe } from '../errors/validation';
import { buildOpenApiDocument } from './openapi';

export const API_PREFIX = 'api';

/** Where routes live: /api/v1/... (health and docs are version-neutral). */
export function configureRouting(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX);
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
}

/** Everything about the HTTP surface that is not a route: shared by main.ts and the tests. */
export async function configureApp(app: NestFastifyApplication, environment: Environment): Promise<void> {
  configureRouting(app);
  app.useGlobalPipes(createValidationPipe());

  const fastify = app.getHttpAdapter().getInstance();
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Angular Material sets inline styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Served over plain http on localhost too; TLS is the load balancer's job.
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  // Uploads are read by the routes that take them (one file each); the limits here bound any request.
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD, files: 1, fields: 0, parts: 1, headerPairs: 50 },
  });
  // Brotli at a low quality: most of the size win for a fraction of the CPU of quality 11.
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  });
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/openapi.json`,
    yamlDocumentUrl: `${API_PREFIX}/openapi.yaml`,
    customSiteTitle: 'Crowdforge API',
  });

  serveWebApp(app, resolve(environment.WEB_DIST_DIR));
}

/** Serves the built Angular app; any other GET for a page (not /api, not a file) gets index.html. */
function serveWebApp(app: NestFastifyApplication, directory: string): void {
  if (!existsSync(join(directory, 'index.html'))) return;
  app.useStaticAssets({
    root: directory,
    prefix: '/',
    wildcard: true,
    index: false,
    setHeaders: (response, path) => {
      const hashed = /-[A-Za-z0-9_]{8,}\.(js|css)$/.test(path) || path.includes('/media/');
      // @fastify/static passes the Fastify reply here, not the Node response Nest's option type names.
      (response as unknown as FastifyReply).header(
        'cache-control',
        hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      const path = request.url.split('?')[0];
      const isPage =
        (request.method === 'GET' || request.method === 'HEAD') &&
        !path.startsWith(`/${API_PREFIX}/`) &&
        path !== `/${API_PREFIX}` &&
        !/\.[a-z0-9]+$/i.test(path);
      if (isPage) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
    });
}
