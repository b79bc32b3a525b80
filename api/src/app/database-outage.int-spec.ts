import { Controller, Get, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { Public } from '@crowdforge/api-platform';
import { makeServerTempDir } from '@crowdforge/api-platform/testing';
import { migrate } from '../database/migrate';
import { startTestApp, type TestApp } from '../testing/test-app';

const SERVER_SCRIPT = resolve(__dirname, '../../../tools/testing/embedded-postgres-process.cjs');

@Controller('outage-probe')
class DatabaseProbeController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  async count(): Promise<{ rows: number }> {
    const [{ n }] = await this.dataSource.query('SELECT count(*)::int AS n FROM audit_log');
    return { rows: n };
  }
}

@Module({ controllers: [DatabaseProbeController] })
class DatabaseProbeModule {}

/** A PostgreSQL of the test's own (never the machine's), started and stopped as a child process. */
class OwnPostgres {
  private process?: ChildProcess;
  readonly dataDir = join(makeServerTempDir('crowdforge-outage-'), 'data');
  readonly port = 56_000 + Math.floor(Math.random() * 4_000);

  start(): Promise<string> {
    const child = spawn(process.execPath, [SERVER_SCRIPT, this.dataDir, String(this.port)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    this.process = child;
    return new Promise((resolveUrl, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        const match = /READY (\S+)/.exec(chunk.toString());
        if (match) resolveUrl(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`PostgreSQL exited with ${code}`)));
    });
  }

  stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return Promise.resolve();
    return new Promise((resolveStop) => {
      child.once('exit', () => resolveStop());
      child.kill('SIGTERM');
    });
  }
}

describe('when the database goes away', () => {
  const postgres = new OwnPostgres();
  let testApp: TestApp;

  beforeAll(async () => {
    const url = await postgres.start();
    await migrate(url);
    testApp = await startTestApp({ databaseUrl: url, imports: [DatabaseProbeModule] });
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
    await postgres.stop();
  });

  const get = (url: string) => testApp.app.inject({ method: 'GET', url });

  it('answers quickly with 503 and Retry-After, then recovers by itself within 5 s of the database returning', async () => {
    expect((await get('/api/health/ready')).statusCode).toBe(200);
    expect((await get('/api/v1/outage-probe')).statusCode).toBe(200);

    await postgres.stop();

    for (const url of ['/api/health/ready', '/api/v1/outage-probe']) {
      const startedAt = Date.now();
      const response = await get(url);
      const elapsed = Date.now() - startedAt;
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.json()).toMatchObject({ code: 'database_unavailable' });
      expect(elapsed).toBeLessThan(3_000);
    }
    expect((await get('/api/health')).statusCode).toBe(200);

    await postgres.start();
    const returnedAt = Date.now();
    let ready = false;
    while (!ready && Date.now() - returnedAt < 5_000) {
      ready = (await get('/api/health/ready')).statusCode === 200;
      if (!ready) await new Promise((resolveWait) => setTimeout(resolveWait, 100));
    }
    expect(ready).toBe(true);
    expect((await get('/api/v1/outage-probe')).statusCode).toBe(200);
  }, 60_000);
});
