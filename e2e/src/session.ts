import type { Page } from '@playwright/test';
import type { SessionInfo } from '@crowdforge/contracts';
import { expect, expectAccessible } from './fixtures';
import { linkIn, waitForMail } from './mail';

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

/** The demo accounts (see the README), all with the same password. */
export const DEMO_PASSWORD = 'crowdforge-demo';
export const MANAGER = 'manager@demo.crowdforge.test';
export const CROWD = 'crowd@demo.crowdforge.test';

/** Opens the sign-in page and signs in as a demo account. */
export async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await signIn(page, email, DEMO_PASSWORD);
}

/**
 * The API as the person signed in on this page, for setting up what a journey needs quickly;
 * changes carry the session's CSRF token as the web app's do.
 */
export async function apiAs(page: Page) {
  const session = (await (await page.request.get('/api/v1/session')).json()) as SessionInfo;
  const headers = { 'X-CSRF-Token': session.csrfToken };
  const url = (path: string) => `/api/v1${path}`;
  return {
    get: (path: string) => page.request.get(url(path)),
    post: (path: string, data: object) => page.request.post(url(path), { data, headers }),
    patch: (path: string, data: object) => page.request.patch(url(path), { data, headers }),
    put: (path: string, data: object) => page.request.put(url(path), { data, headers }),
  };
}

/** The password of the people journeys sign up. */
export const NEWCOMER_PASSWORD = 'a long unusual passphrase';

/** Signs up on the sign-up page and confirms the address from the mail. */
export async function signUpAndConfirm(page: Page, name: string, email: string): Promise<void> {
  await page.goto('/sign-up');
  await page.getByTestId('sign-up-name').fill(name);
  await page.getByTestId('sign-up-email').fill(email);
  await page.getByTestId('sign-up-password').fill(NEWCOMER_PASSWORD);
  await page.getByTestId('sign-up-submit').click();
  await expect(page.getByTestId('sign-up-sent')).toBeVisible();
  await expectAccessible(page);

  const mail = await waitForMail(email, /Confirm your email address/);
  await page.goto(linkIn(mail, '/verify-email'));
  await expect(page.getByTestId('verify-success')).toBeVisible();
}
