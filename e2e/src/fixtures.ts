import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Runs axe on the page as it is now; serious or critical violations fail the test. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  expect(blocking, `accessibility violations on ${page.url()}`).toEqual([]);
}

/**
 * Every test: requests to any host but this machine are refused and fail the test
 * (fonts, icons and scripts are self-hosted), the browser console stays free of errors,
 * and the last page is scanned with axe.
 */
export const test = base.extend<{ outsideRequests: string[] }>({
  outsideRequests: [
    async ({ context }, use) => {
      const outside: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol.startsWith('http') && !LOCAL_HOSTS.has(url.hostname)) {
          outside.push(url.toString());
          return route.abort('blockedbyclient');
        }
        return route.continue();
      });
      await use(outside);
      expect(outside, 'requests that left this machine').toEqual([]);
    },
    { auto: true },
  ],
  page: async ({ page }, use) => {
    // Console errors include Content-Security-Policy violations and failed requests.
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    if (page.url().startsWith('http')) await expectAccessible(page);
    expect(errors, 'errors in the browser console').toEqual([]);
  },
});

export { expect };
