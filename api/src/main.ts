import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  configureApp,
  createHttpAdapter,
  DemoSeeds,
  InvalidEnvironmentError,
  startEmbeddedPostgres,
  validateEnvironment,
  type EmbeddedDatabase,
  type Environment,
} from '@crowdforge/api-platform';
import { Logger } from 'nestjs-pino';
import { join } from 'node:path';
import { AppModule } from './app/app.module';
import { migrate } from './database/migrate';

const logger = new NestLogger('Crowdforge');

async function startDatabase(environment: Environment): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (environment.DATABASE_URL) return { url: environment.DATABASE_URL };
  logger.log(`No DATABASE_URL: starting the embedded PostgreSQL (data in ${join(environment.DATA_DIR, 'postgres')})`);
  const embedded = await startEmbeddedPostgres({
    dataDir: join(environment.DATA_DIR, 'postgres'),
    port: environment.EMBEDDED_POSTGRES_PORT,
    database: 'crowdforge',
  });
  return { url: embedded.url, embedded };
}

async function bootstrap(): Promise<void> {
  const environment = validateEnvironment(process.env);
  const database = await startDatabase(environment);
  const applied = await migrate(database.url);
  if (applied.length > 0) logger.log(`Applied migrations: ${applied.join(', ')}`);

  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ environment, databaseUrl: database.url }),
    createHttpAdapter(environment),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  await configureApp(app, environment);
  await app.init();
  if (environment.SEED_DEMO ?? database.embedded !== undefined) await app.get(DemoSeeds).run();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing in-flight requests and stopping`);
    await app.close();
    await database.embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen(environment.PORT, '0.0.0.0');
  logger.log(`Crowdforge is ready on http://localhost:${environment.PORT}`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof InvalidEnvironmentError) {
    console.error(error.message);
  } else {
    console.error('Crowdforge could not start:', error);
  }
  process.exit(1);
});
