import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Environment } from './environment';

/**
 * APP_SECRET when set (required in production); otherwise a random secret kept in
 * DATA_DIR, so emailed links survive restarts of a local installation.
 */
export function resolveAppSecret(environment: Environment): string {
  if (environment.APP_SECRET) return environment.APP_SECRET;
  const file = join(environment.DATA_DIR, 'app-secret');
  if (!existsSync(file)) {
    mkdirSync(environment.DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
