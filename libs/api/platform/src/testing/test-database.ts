import { randomBytes } from 'node:crypto';
import { databaseUrl, withServerClient } from './test-postgres';

/** Set by the integration suite's global setup. */
export const TEST_SERVER_ENV = 'CROWDFORGE_TEST_SERVER_URL';
export const TEST_TEMPLATE_ENV = 'CROWDFORGE_TEST_TEMPLATE';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run integration tests with jest.int.config.cjs`);
  return value;
}

/** A fresh copy of the migrated template database, for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = required(TEST_SERVER_ENV);
  const template = required(TEST_TEMPLATE_ENV);
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  await withServerClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    name,
    url: databaseUrl(serverUrl, name),
    drop: () =>
      withServerClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
