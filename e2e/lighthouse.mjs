// npm run lighthouse: report only. Starts the built platform, audits the home page in
// Debian's Chromium and prints the category scores (0–100) as one JSON line.
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const port = process.env.LIGHTHOUSE_PORT ?? '3200';
const origin = `http://localhost:${port}`;

async function waitUntilReady(deadline = Date.now() + 120_000) {
  while (Date.now() < deadline) {
    const ready = await fetch(`${origin}/api/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the platform did not become ready');
}

const server = spawn(process.execPath, ['e2e/serve.mjs'], {
  env: { ...process.env, E2E_PORT: port },
  stdio: ['ignore', 'ignore', 'inherit'],
});
let chrome;
try {
  await waitUntilReady();
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const result = await lighthouse(`${origin}/`, { port: chrome.port, output: 'json', logLevel: 'error' });
  const scores = Object.fromEntries(
    Object.entries(result.lhr.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
  );
  console.log(JSON.stringify({ url: `${origin}/`, ...scores }));
} finally {
  await chrome?.kill();
  server.kill('SIGTERM');
}
