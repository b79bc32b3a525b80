import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The committed XSS payloads (tools/testing/xss-payloads.json), each of which would set
 * `window.__xss` if it ever ran; shared with the browser journeys.
 */
export const XSS_PAYLOADS: string[] = JSON.parse(
  readFileSync(resolve(__dirname, '../../../tools/testing/xss-payloads.json'), 'utf8'),
);
