import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';

/* eslint-disable @typescript-eslint/no-unsafe-function-type -- TypeORM lists classes as Function */
export interface DatabaseSchema {
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
}
/* eslint-enable @typescript-eslint/no-unsafe-function-type */

/**
 * One place that says how Crowdforge talks to PostgreSQL, shared by the API,
 * the migration CLI and the tests. Connection attempts fail fast so that an
 * unreachable database becomes a quick 503 rather than a hanging request.
 */
export function buildDataSourceOptions(url: string, schema: DatabaseSchema, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: {
      max: poolSize,
      connectionTimeoutMillis: 2_000,
      idleTimeoutMillis: 30_000,
      application_name: 'crowdforge',
      // A statement that waits on a stuck lock or a dead server must not hold a request forever.
      statement_timeout: 15_000,
    },
  };
}
