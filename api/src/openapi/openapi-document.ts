import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { buildOpenApiDocument, configureRouting, validateEnvironment } from '@crowdforge/api-platform';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../app/app.module';

export const COMMITTED_OPENAPI_PATH = 'docs/openapi.json';

/** The OpenAPI document from the code alone: Nest's preview mode builds routes without connecting to anything. */
export async function generateOpenApiDocument(): Promise<OpenAPIObject> {
  const environment = validateEnvironment({ NODE_ENV: 'test' });
  const app = await NestFactory.create(
    AppModule.forRoot({ environment, databaseUrl: 'postgres://preview.invalid/none' }),
    new FastifyAdapter(),
    { preview: true, logger: false, abortOnError: false },
  );
  configureRouting(app);
  const document = buildOpenApiDocument(app);
  await app.close();
  return document;
}

export function serialiseOpenApiDocument(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
