import './register-paths';
import PgBoss from 'pg-boss';
import {
  databaseUrl,
  resolveTestServer,
  TEST_SERVER_ENV,
  TEST_TEMPLATE_ENV,
  withServerClient,
} from '../../libs/api/platform/src/testing';
import { migrate } from '../../api/src/database/migrate';

/**
 * Once per integration run: find a PostgreSQL, build one migrated template
 * database (schema, migrations, job-queue tables); each test file copies it.
 */
export default async function setup(): Promise<void> {
  const server = await resolveTestServer();
  const template = `crowdforge_it_${process.pid}`;
  await withServerClient(server.url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${template}"`);
  });
  const templateUrl = databaseUrl(server.url, template);
  await migrate(templateUrl);
  const boss = new PgBoss({ connectionString: templateUrl, schema: 'pgboss', supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });

  process.env[TEST_SERVER_ENV] = server.url;
  process.env[TEST_TEMPLATE_ENV] = template;
  (globalThis as { stopTestServer?: () => Promise<void> }).stopTestServer = async () => {
    await withServerClient(server.url, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE datname LIKE $1',
        [`${template}%`],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
    await server.embedded?.stop();
  };
}
