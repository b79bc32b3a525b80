import { buildDataSourceOptions, runMigrations } from '@crowdforge/api-platform';
import { DataSource } from 'typeorm';
import { DATABASE_SCHEMA } from './schema';

/** Brings the database at `url` up to date before the API starts serving. */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = new DataSource(buildDataSourceOptions(url, DATABASE_SCHEMA, 2));
  await dataSource.initialize();
  try {
    return await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
