import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('serving the web app on the API port', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    const webDist = mkdtempSync(join(tmpdir(), 'crowdforge-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><html lang="en"><title>Crowdforge</title></html>');
    writeFileSync(join(webDist, 'main-LNKJGHLB.js'), 'console.log("a bundle");\n'.repeat(200));
    mkdirSync(join(webDist, 'i18n'));
    writeFileSync(join(webDist, 'i18n', 'nl.json'), '{}');
    testApp = await startTestApp({ env: { WEB_DIST_DIR: webDist } });
  });
  afterAll(() => testApp.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    testApp.app.inject({ method: 'GET', url, headers });

  it('serves index.html for the root and for any page route, never cached', async () => {
    for (const url of ['/', '/challenges/42', '/nl/profile?tab=privacy']) {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toContain('<title>Crowdforge</title>');
    }
  });

  it('caches hashed bundles for a year and revalidates other files', async () => {
    const bundle = await get('/main-LNKJGHLB.js');
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const translations = await get('/i18n/nl.json');
    expect(translations.statusCode).toBe(200);
    expect(translations.headers['cache-control']).toBe('no-cache');
  });

  it('compresses what it serves for clients that accept it', async () => {
    const brotli = await get('/main-LNKJGHLB.js', { 'accept-encoding': 'br, gzip' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.rawPayload.length).toBeLessThan(1000);
    const plain = await get('/main-LNKJGHLB.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('a bundle');
  });

  it('answers a missing file or API route with a 404 problem, not the app', async () => {
    for (const url of ['/missing-ABCDEFGH.js', '/api/v1/unknown', '/api']) {
      const response = await get(url);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('refuses paths that try to leave the web folder', async () => {
    const response = await get('/..%2f..%2f..%2fetc%2fpasswd.txt');
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('root:');
  });
});
