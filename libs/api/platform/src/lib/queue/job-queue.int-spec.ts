import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createTestDatabase, startPlatformTestApp, type PlatformTestApp, type TestDatabase } from '../../testing';
import { JobQueue } from './job-queue.service';

const handled: { instance: string; value: number; attempt: number }[] = [];
const attempts = new Map<number, number>();

@Injectable()
class CountingWorker implements OnModuleInit {
  static instanceName = 'a';
  private readonly instance = CountingWorker.instanceName;

  constructor(private readonly jobs: JobQueue) {}

  onModuleInit(): void {
    this.jobs.register<{ value: number; failFirst?: boolean }>({
      name: 'test.count',
      retryLimit: 3,
      retryDelaySeconds: 1,
      concurrency: 2,
      handler: async ({ value, failFirst }) => {
        const attempt = (attempts.get(value) ?? 0) + 1;
        attempts.set(value, attempt);
        if (failFirst && attempt === 1) throw new Error('first attempt fails');
        handled.push({ instance: this.instance, value, attempt });
      },
    });
  }
}

@Module({ providers: [CountingWorker] })
class CountingModule {}

async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('JobQueue', () => {
  let database: TestDatabase;
  let first: PlatformTestApp;
  let second: PlatformTestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    CountingWorker.instanceName = 'a';
    first = await startPlatformTestApp({ database, env: { JOBS_ENABLED: 'true' }, imports: [CountingModule] });
    CountingWorker.instanceName = 'b';
    second = await startPlatformTestApp({ database, env: { JOBS_ENABLED: 'true' }, imports: [CountingModule] });
  });

  afterAll(async () => {
    await first.close();
    await second.close();
    await database.drop();
  });

  beforeEach(() => {
    handled.length = 0;
    attempts.clear();
  });

  const queue = () => first.app.get(JobQueue);
  const dataSource = () => first.app.get<DataSource>(getDataSourceToken());
  const queuedCount = async (value: number) =>
    Number(
      (
        await dataSource().query(
          `SELECT count(*) AS n FROM pgboss.job WHERE name = 'test.count' AND data->>'value' = $1`,
          [String(value)],
        )
      )[0].n,
    );

  it('works a job sent by any instance', async () => {
    await second.app.get(JobQueue).send('test.count', { value: 1 });
    await eventually(() => handled.some((job) => job.value === 1));
  });

  it('works each of many jobs exactly once across two instances', async () => {
    const values = Array.from({ length: 40 }, (_, index) => 100 + index);
    await Promise.all(
      values.map((value, index) => (index % 2 ? first : second).app.get(JobQueue).send('test.count', { value })),
    );
    await eventually(() => handled.length >= values.length);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(handled.map((job) => job.value).sort()).toEqual(values);
  });

  it('retries a failing job', async () => {
    await queue().send('test.count', { value: 7, failFirst: true });
    await eventually(() => handled.some((job) => job.value === 7), 20_000);
    expect(handled.find((job) => job.value === 7)?.attempt).toBe(2);
  });

  it('enqueues inside a transaction only when it commits', async () => {
    await dataSource()
      .transaction(async (manager) => {
        await queue().send('test.count', { value: 500 }, { manager, startAfter: new Date(Date.now() + 3_600_000) });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await queuedCount(500)).toBe(0);

    await dataSource().transaction(async (manager) => {
      await queue().send('test.count', { value: 501 }, { manager, startAfter: new Date(Date.now() + 3_600_000) });
    });
    expect(await queuedCount(501)).toBe(1);
  });
});
