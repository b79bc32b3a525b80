import { expect, expectAccessible, test } from './fixtures';

const SCREENSHOTS = 'e2e/screenshots';

test.describe('smoke', () => {
  test('the platform reports ready', async ({ request }) => {
    const response = await request.get('/api/health/ready');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', checks: { database: 'up' } });
  });

  test('the home page renders in English and in Dutch', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('home-hero')).toBeVisible();
    await expect(page.getByTestId('platform-status')).toContainText(/ready/i);
    await expectAccessible(page);
    await page.screenshot({ path: `${SCREENSHOTS}/home-en.png`, fullPage: true });
    const englishHeading = await page.getByRole('heading', { level: 1 }).textContent();

    await page
      .getByTestId('language-switch')
      .getByRole('button', { name: /nederlands/i })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(englishHeading ?? '');
    await expectAccessible(page);
    await page.screenshot({ path: `${SCREENSHOTS}/home-nl.png`, fullPage: true });

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });

  test('the shell works on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await expect(page.getByTestId('home-hero')).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/home-mobile.png`, fullPage: true });
  });

  test('an unknown page shows a way back home', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('link', { name: /home/i }).first()).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/not-found.png` });
  });

  test('keyboard users can skip to the main content', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('home-hero')).toBeVisible();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: /skip to main content/i });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toHaveAttribute('href', /#main/);
    await skipLink.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });
});
