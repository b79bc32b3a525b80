import type { DynamicModule, Type } from '@nestjs/common';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { configureApp, createHttpAdapter } from '@crowdforge/api-platform';
import { createTestDatabase, testEnvironment, type TestDatabase } from '@crowdforge/api-platform/testing';
import { AppModule } from '../app/app.module';

export interface TestApp {
  app: NestFastifyApplication;
  database: TestDatabase;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Extra modules, e.g. a probe controller that exercises the HTTP pipeline. */
  imports?: (Type | DynamicModule)[];
  /** Database to use instead of a fresh copy of the template. */
  databaseUrl?: string;
  override?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
}

/** The whole API, as main.ts builds it, on a fresh test database. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.databaseUrl
    ? { url: options.databaseUrl, name: '', drop: async () => undefined }
    : await createTestDatabase();
  const environment = testEnvironment({ JOBS_ENABLED: 'false', ...options.env });
  const builder = Test.createTestingModule({
    imports: [AppModule.forRoot({ environment, databaseUrl: database.url }), ...(options.imports ?? [])],
  });
  const moduleRef = await (options.override ?? ((b) => b))(builder).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(environment), {
    logger: false,
  });
  await configureApp(app, environment);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
