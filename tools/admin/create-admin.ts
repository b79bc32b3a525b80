import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { startEmbeddedPostgres, validateEnvironment, type EmbeddedDatabase } from '@crowdforge/api-platform';
import { hashPassword, passwordWeakness } from '@crowdforge/api-identity';
import { migrate } from '../../api/src/database/migrate';

// npm run admin:create -- --email ops@example.org --name "Operations"
// Creates the first platform admin (or makes an existing account one). The password comes from
// ADMIN_PASSWORD, or a strong one is generated and printed once. Uses DATABASE_URL, else the
// embedded database of `npm start` (started for the moment if it is not running).
const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string', default: 'Platform admin' } },
});

async function databaseUrl(): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  const environment = validateEnvironment(process.env);
  if (environment.DATABASE_URL) return { url: environment.DATABASE_URL };
  const running = `postgres://postgres:crowdforge-local@127.0.0.1:${environment.EMBEDDED_POSTGRES_PORT}/crowdforge`;
  const probe = new Client({ connectionString: running, connectionTimeoutMillis: 1_000 });
  try {
    await probe.connect();
    return { url: running };
  } catch {
    const embedded = await startEmbeddedPostgres({
      dataDir: join(environment.DATA_DIR, 'postgres'),
      port: environment.EMBEDDED_POSTGRES_PORT,
      database: 'crowdforge',
    });
    return { url: embedded.url, embedded };
  } finally {
    await probe.end().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const email = values.email?.trim().toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) {
    console.error('Usage: npm run admin:create -- --email <address> [--name "<display name>"]');
    process.exit(2);
  }
  const generated = !process.env['ADMIN_PASSWORD'];
  const password = process.env['ADMIN_PASSWORD'] ?? randomBytes(18).toString('base64url');
  const weakness = passwordWeakness(password, email);
  if (weakness) {
    console.error(`ADMIN_PASSWORD is refused: ${weakness}`);
    process.exit(2);
  }
  const database = await databaseUrl();
  try {
    await migrate(database.url);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(
      `INSERT INTO users (email, password_hash, display_name, email_verified_at, is_platform_admin)
       VALUES ($1, $2, $3, now(), true)
       ON CONFLICT (email) DO UPDATE SET is_platform_admin = true, email_verified_at = coalesce(users.email_verified_at, now())
       RETURNING (xmax = 0) AS created`,
      [email, await hashPassword(password), values.name],
    );
    await client.end();
    if (rows[0].created) {
      console.log(`Created platform admin ${email}${generated ? ` with password: ${password}` : ''}`);
    } else {
      console.log(`${email} already had an account and is now a platform admin (its password is unchanged).`);
    }
  } finally {
    await database.embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
