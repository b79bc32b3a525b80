import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The demo organisation's open public challenge (libs/api/challenges/src/lib/demo). */
export const DEMO_CHALLENGE = 'Invent a new way to make or drink tea';

/** Opens the demo challenge from the browse page; returns its id. */
export async function openDemoChallenge(page: Page): Promise<string> {
  await page.goto('/challenges');
  await page.getByTestId('challenge-search').fill('make or drink tea');
  const card = page.getByTestId('challenge-card').filter({ hasText: DEMO_CHALLENGE });
  await expect(card).toHaveCount(1);
  const href = (await card.getByTestId('challenge-card-link').getAttribute('href')) ?? '/';
  await page.goto(href);
  await expect(page.getByTestId('page-title')).toHaveText(DEMO_CHALLENGE);
  return href.split('/').at(-1) ?? '';
}

/** Opens the demo challenge and joins it unless this person already takes part; returns its id. */
export async function openAndJoin(page: Page): Promise<string> {
  const challengeId = await openDemoChallenge(page);
  const panel = page.getByTestId('join-panel');
  await expect(panel.getByTestId('join-form').or(panel.getByTestId('join-participant'))).toBeVisible();
  if (await panel.getByTestId('join-form').isVisible()) {
    await page.getByTestId('join-question-adult').getByRole('checkbox').check();
    await page.getByTestId('join-licence').getByRole('checkbox').check();
    await page.getByTestId('join-submit').click();
  }
  await expect(panel.getByTestId('join-participant')).toBeVisible();
  return challengeId;
}
