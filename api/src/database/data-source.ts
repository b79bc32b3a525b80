import { buildDataSourceOptions } from '@crowdforge/api-platform';
import { DataSource } from 'typeorm';
import { DATABASE_SCHEMA } from './schema';

/** For the TypeORM CLI (migration:generate); the API builds its own from the validated environment. */
export default new DataSource(
  buildDataSourceOptions(
    process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/crowdforge_dev',
    DATABASE_SCHEMA,
  ),
);
