// Starts the built platform for the e2e suite on a fresh database:
// a new database on the local PostgreSQL when one answers (or TEST_DATABASE_URL's server),
// otherwise the embedded PostgreSQL in a fresh data folder. Demo data is seeded. With E2E_MAIL=smtp
// (as the Playwright suite runs it) mail goes by real SMTP to the test listener
// (tools/testing/smtp-listener.mjs), whose HTTP API is on E2E_PORT + 2 (see e2e/src/mail.ts);
// otherwise it lands in the outbox that platform admins read in the web app.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const port = process.env.E2E_PORT ?? '3100';
const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function freshDatabaseUrl() {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
  } catch {
    return undefined;
  }
  const name = `crowdforge_e2e_${port}`;
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function startSmtpListener() {
  const listener = spawn(
    process.execPath,
    [
      'tools/testing/smtp-listener.mjs',
      '--smtp-port',
      String(Number(port) + 1),
      '--http-port',
      String(Number(port) + 2),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    listener.stdout.on('data', (chunk) => {
      const ready = /READY smtp=(\d+)/.exec(chunk.toString());
      if (ready) resolve({ listener, smtpUrl: `smtp://127.0.0.1:${ready[1]}` });
    });
    listener.once('exit', (code) => reject(new Error(`the SMTP listener exited with ${code}`)));
  });
}

const databaseUrl = await freshDatabaseUrl();
const { listener, smtpUrl } = process.env.E2E_MAIL === 'smtp' ? await startSmtpListener() : {};
const dataDir = mkdtempSync(join(tmpdir(), 'crowdforge-e2e-'));
chmodSync(dataDir, 0o755); // the embedded server runs as the postgres user
const env = {
  ...process.env,
  PORT: port,
  SEED_DEMO: 'true',
  LOG_LEVEL: 'warn',
  ...(smtpUrl && { SMTP_URL: smtpUrl }),
  PUBLIC_URL: `http://localhost:${port}`,
  // Every journey signs in from this one address, several times as the same demo accounts.
  SIGN_INS_PER_IP: '1000',
  SIGN_INS_PER_ACCOUNT: '1000',
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '', DATA_DIR: dataDir }),
};
const api = spawn(process.execPath, ['dist/api/main.js'], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    api.kill(signal);
    listener?.kill(signal);
  });
}
api.on('exit', (code) => {
  listener?.kill('SIGTERM');
  process.exit(code ?? 0);
});
