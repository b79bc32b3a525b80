import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getEntityManagerToken } from '@nestjs/typeorm';
import { databaseUrl, resolveTestServer, withServerClient } from '@crowdforge/api-platform/testing';
import type { EntityManager } from 'typeorm';
import { migrate } from '../../api/src/database/migrate';
import { publishedChallenge } from '../../api/src/challenges/challenge-fixtures';
import { addMember, createOrganisation, createSignedIn, type SignedInPerson } from '../../api/src/testing/people';
import { startTestApp, type TestApp } from '../../api/src/testing/test-app';

/** Every bench voter comes from this machine's address: the vote limits are raised out of the way. */
const BENCH_RATE_LIMITS = { VOTES_PER_MINUTE_PER_PERSON: '1000000', VOTES_PER_MINUTE_PER_IP: '100000000' };

export interface BenchApp {
  app: NestFastifyApplication;
  testApp: TestApp;
  entityManager: EntityManager;
  /** The bench database's URL (for pgbench or a recount). */
  url: string;
  manager: SignedInPerson;
  challengeId: string;
}

/**
 * Runs a benchmark against the platform on a database of its own (dropped afterwards unless
 * BENCH_KEEP_DB is set): migrated, with an organisation, its manager and a published challenge
 * made of `brief`. The app is not listening yet, so seeding comes first.
 */
export async function withBenchApp(
  label: string,
  brief: Record<string, unknown>,
  run: (bench: BenchApp) => Promise<void>,
): Promise<void> {
  const server = await resolveTestServer();
  const name = `crowdforge_bench_${label}_${process.pid}`;
  await withServerClient(server.url, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = databaseUrl(server.url, name);
  try {
    await migrate(url);
    const testApp = await startTestApp({ databaseUrl: url, env: { DATABASE_POOL_SIZE: '20', ...BENCH_RATE_LIMITS } });
    const { app } = testApp;
    const organisationId = await createOrganisation(app, 'Bench');
    const manager = await createSignedIn(app);
    await addMember(app, organisationId, manager, 'manager');
    const challengeId = await publishedChallenge(app, manager, organisationId, brief);
    const entityManager = app.get<EntityManager>(getEntityManagerToken());
    await run({ app, testApp, entityManager, url, manager, challengeId });
  } finally {
    if (process.env['BENCH_KEEP_DB']) console.log(`kept database ${name}`);
    else await withServerClient(server.url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    await server.embedded?.stop();
  }
}

/**
 * Closes the app once the requests the load generator cut off at the end of a run have been
 * answered: the app closes its database pool before its HTTP server.
 */
export async function closeAfterLoad(testApp: TestApp): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await testApp.close();
}

/** Runs `main`, exiting non-zero when it fails. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
