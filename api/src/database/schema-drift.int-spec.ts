import { buildDataSourceOptions } from '@crowdforge/api-platform';
import { createTestDatabase, type TestDatabase } from '@crowdforge/api-platform/testing';
import { DataSource } from 'typeorm';
import { DATABASE_SCHEMA } from './schema';

describe('migrations and entities', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(buildDataSourceOptions(database.url, DATABASE_SCHEMA, 2)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('leaves no migration pending on a migrated database', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('agree: the entities need no schema change (run `npm run db:migration:generate -- Name` if this fails)', async () => {
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    expect(upQueries.map((query) => query.query)).toEqual([]);
  });
});
