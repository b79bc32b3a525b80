import type { DynamicModule, INestApplicationContext, Type } from '@nestjs/common';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import { Clock, ManualClock } from '../lib/clock/clock';
import { PLATFORM_ENTITIES, PlatformModule } from '../lib/platform.module';
import { createTestDatabase, type TestDatabase } from './test-database';
import { testEnvironment } from './test-environment';

export interface PlatformTestApp {
  app: INestApplicationContext;
  clock: ManualClock;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The platform kernel alone (no HTTP) on a fresh test database, with a manual clock. */
export async function startPlatformTestApp(
  options: {
    env?: Record<string, string>;
    imports?: (Type | DynamicModule)[];
    database?: TestDatabase;
    /** e.g. `(builder) => builder.overrideProvider(MailDeliveryPolicy).useValue(…)` */
    override?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
  } = {},
): Promise<PlatformTestApp> {
  const database = options.database ?? (await createTestDatabase());
  const clock = new ManualClock();
  const builder = Test.createTestingModule({
    imports: [
      PlatformModule.forRoot({
        environment: testEnvironment(options.env),
        databaseUrl: database.url,
        schema: { entities: PLATFORM_ENTITIES, migrations: [] },
      }),
      ...(options.imports ?? []),
    ],
  })
    .overrideProvider(Clock)
    .useValue(clock);
  const moduleRef = await (options.override ?? ((same) => same))(builder).compile();
  const app = await moduleRef.init();
  return {
    app,
    clock,
    database,
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}
