import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Opens the inbox until it holds `count` notifications carrying every one of `texts`.
 * Notifications about challenges are delivered by the job queue a moment after the change,
 * so a person who looks at once may need to look again, as this does.
 */
export async function expectInboxHolds(page: Page, count: number, ...texts: string[]): Promise<Locator> {
  const matching = () =>
    texts.reduce((items, text) => items.filter({ hasText: text }), page.getByTestId('notification'));
  await expect(async () => {
    await page.goto('/inbox');
    await expect(matching()).toHaveCount(count, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  return matching();
}
