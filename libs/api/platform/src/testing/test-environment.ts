import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateEnvironment, type Environment } from '../lib/config/environment';

/**
 * A validated environment for tests: quiet logs, no web assets, attachments under the system's
 * temporary directory, in-memory key-value store unless given.
 */
export function testEnvironment(overrides: Record<string, string> = {}): Environment {
  return validateEnvironment({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    WEB_DIST_DIR: '/nonexistent',
    APP_SECRET: 'test-secret-0123456789-0123456789-0123456789',
    FILES_DIR: join(tmpdir(), `crowdforge-test-files-${process.pid}`),
    ...overrides,
  });
}
