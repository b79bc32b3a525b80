import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createTestDatabase, startPlatformTestApp, type PlatformTestApp, type TestDatabase } from '../../testing';
import { DemoSeeds } from './demo-seeds.service';

describe('DemoSeeds', () => {
  let database: TestDatabase;
  let first: PlatformTestApp;
  let second: PlatformTestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    first = await startPlatformTestApp({ database });
    second = await startPlatformTestApp({ database });
    await first.app.get<DataSource>(getDataSourceToken()).query('CREATE TABLE demo_rows (label text NOT NULL)');
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await database.drop();
  });

  function registerSeeders(platform: PlatformTestApp, order: string[]): void {
    const seeds = platform.app.get(DemoSeeds);
    seeds.register({
      name: 'test.ideas',
      order: 30,
      run: async (manager) => {
        order.push('ideas');
        await manager.query(`INSERT INTO demo_rows VALUES ('idea')`);
      },
    });
    seeds.register({
      name: 'test.organisation',
      order: 10,
      run: async (manager) => {
        order.push('organisation');
        await manager.query(`INSERT INTO demo_rows VALUES ('organisation')`);
      },
    });
  }

  it('runs seeders in order, once, even when two instances seed at the same time', async () => {
    const order: string[] = [];
    registerSeeders(first, order);
    registerSeeders(second, order);
    const [ranFirst, ranSecond] = await Promise.all([first.app.get(DemoSeeds).run(), second.app.get(DemoSeeds).run()]);
    expect([...ranFirst, ...ranSecond].sort()).toEqual(['test.ideas', 'test.organisation']);
    expect(order.filter((name) => name === 'organisation')).toHaveLength(1);
    expect(order.indexOf('organisation')).toBeLessThan(order.indexOf('ideas'));
    const rows = await first.app
      .get<DataSource>(getDataSourceToken())
      .query('SELECT label FROM demo_rows ORDER BY label');
    expect(rows).toEqual([{ label: 'idea' }, { label: 'organisation' }]);
  });

  it('does nothing on a second start', async () => {
    expect(await first.app.get(DemoSeeds).run()).toEqual([]);
  });

  it('refuses a seeder registered twice under one name', () => {
    const seeds = first.app.get(DemoSeeds);
    expect(() => seeds.register({ name: 'test.ideas', order: 1, run: async () => undefined })).toThrow(
      /registered twice/,
    );
  });
});
