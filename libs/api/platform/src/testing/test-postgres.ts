import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../lib/database/embedded-postgres';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A temporary folder the `postgres` OS user can enter (embedded PostgreSQL drops root privileges). */
export function makeServerTempDir(prefix: string): string {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(directory, 0o755);
  return directory;
}

export interface TestServer {
  /** URL of the server's maintenance database; test databases are created beside it. */
  url: string;
  embedded?: EmbeddedDatabase;
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** TEST_DATABASE_URL if set, else the machine's PostgreSQL on 5432 if it answers, else an embedded one. */
export async function resolveTestServer(): Promise<TestServer> {
  const configured = process.env['TEST_DATABASE_URL'];
  if (configured) return { url: configured };
  if (await answers(LOCAL_SERVER)) return { url: LOCAL_SERVER };
  const embedded = await startEmbeddedPostgres({
    dataDir: join(makeServerTempDir('crowdforge-test-pg-'), 'data'),
    port: 55_000 + Math.floor(Math.random() * 5_000),
    database: 'postgres',
  });
  return { url: embedded.url, embedded };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withServerClient<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
