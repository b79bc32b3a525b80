import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Fills the sign-in form on the current page and waits for the account menu. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('account-menu-button')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('account-menu-button').click();
  await page.getByTestId('menu-sign-out').click();
  await expect(page.getByTestId('sign-in-link')).toBeVisible();
}
