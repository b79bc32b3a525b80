import { expect, expectAccessible, test } from './fixtures';
import { linkIn, waitForMail } from './mail';
import { NEWCOMER_PASSWORD as PASSWORD, signIn, signOut, signUpAndConfirm } from './session';

const SCREENSHOTS = 'e2e/screenshots';

test('a newcomer signs up, confirms by email, starts an organisation and invites a colleague who joins with the role', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const founder = `founder-${stamp}@example.test`;
  const colleague = `colleague-${stamp}@example.test`;
  const organisation = `Tea Lab ${stamp}`;

  await signUpAndConfirm(page, 'Fenna Founder', founder);
  await page.goto('/sign-in');
  await signIn(page, founder, PASSWORD);

  await page.goto('/organisations');
  await page.getByTestId('create-organisation').click();
  await page.getByTestId('create-organisation-name').fill(organisation);
  await page.getByTestId('create-organisation-submit').click();
  await expect(page.getByTestId('page-title')).toContainText(organisation);
  await expect(page.getByTestId('my-role')).toContainText(/owner/i);
  await page.screenshot({ path: `${SCREENSHOTS}/organisation-members.png`, fullPage: true });

  await page.getByRole('tab', { name: /invitations/i }).click();
  await page.getByTestId('invite-email').fill(colleague);
  await page.getByTestId('invite-role').click();
  await page.getByRole('option', { name: /innovation manager/i }).click();
  await page.getByTestId('invite-submit').click();
  await expect(page.getByTestId('invitation').filter({ hasText: colleague })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENSHOTS}/organisation-invitations.png`, fullPage: true });
  await signOut(page);

  await signUpAndConfirm(page, 'Cas Colleague', colleague);
  const invitation = await waitForMail(colleague, new RegExp(`invited you to ${organisation}`));
  await page.goto(linkIn(invitation, '/invitations/accept'));
  await signIn(page, colleague, PASSWORD);
  await expect(page.getByTestId('accept-joined')).toBeVisible();
  await page.getByTestId('accept-open').click();
  await expect(page.getByTestId('page-title')).toContainText(organisation);
  await expect(page.getByTestId('my-role')).toContainText(/innovation manager/i);
  await expect(page.getByTestId('member').filter({ hasText: 'Fenna Founder' })).toBeVisible();
});
