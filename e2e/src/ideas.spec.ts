import { expect, test } from './fixtures';
import { openAndJoin } from './demo-challenge';
import { CROWD, MANAGER, signInAs, signOut } from './session';

const SCREENSHOTS = 'e2e/screenshots';

test('a crowd member writes and submits an idea; the manager moves it on with a message that reaches them', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const title = `Tea lollies for the commute ${Date.now()}`;

  await signInAs(page, CROWD);
  await openAndJoin(page);
  await page.getByTestId('write-idea').click();
  await page.getByTestId('idea-title').fill(title);
  await page.getByTestId('idea-create').click();
  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]+\/edit$/);
  // The toast that the draft is saved would cover the form in the screenshot.
  await page.getByRole('button', { name: 'Dismiss' }).click();

  await page.getByTestId('idea-pitch').fill('Frozen tea on a stick: cool, quick and no plastic.');
  await page
    .getByTestId('idea-description')
    .fill('Brew strong tea, freeze it on a **bamboo stick**.\n\n- sold at stations\n- wrapped in paper');
  await page.getByTestId('idea-field-audience').fill('Commuters under 30');
  await page.getByTestId('idea-field-moment').getByRole('radio', { name: 'On the move' }).check();
  await page.getByTestId('idea-tags').fill('summer');
  await page.getByTestId('idea-tags').press('Enter');
  await expect(page.getByTestId('autosave-status')).toHaveText('Saved');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/idea-editor.png`, fullPage: true });

  const licence = page.getByTestId('submit-licence');
  if (await licence.isVisible()) {
    await licence.getByRole('checkbox').check();
  }
  await page.getByTestId('idea-submit').click();
  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]+$/);
  await expect(page.getByTestId('idea-status')).toHaveText('Submitted');
  await expect(page.getByTestId('idea-value-audience')).toContainText('Commuters under 30');
  const ideaUrl = new URL(page.url()).pathname;
  await signOut(page);

  await signInAs(page, MANAGER);
  await page.goto(ideaUrl);
  await expect(page.getByTestId('page-title')).toHaveText(title);
  await expect(page.getByTestId('author-actions')).toBeHidden();
  await page.getByTestId('status-select').click();
  await page.getByRole('option', { name: 'Shortlisted' }).click();
  await page.getByTestId('status-message-input').fill('The jury loved it: we want to try it at Utrecht Centraal.');
  await page.getByTestId('status-submit').click();
  await expect(page.getByTestId('idea-status')).toHaveText('Shortlisted');
  await signOut(page);

  await signInAs(page, CROWD);
  await page.goto(ideaUrl);
  await expect(page.getByTestId('idea-status')).toHaveText('Shortlisted');
  await expect(page.getByTestId('status-change').last().getByTestId('status-message')).toHaveText(
    'The jury loved it: we want to try it at Utrecht Centraal.',
  );
  await expect(page.getByTestId('status-form')).toBeHidden();
  await page.screenshot({ path: `${SCREENSHOTS}/idea-page.png`, fullPage: true });

  await page.goto('/inbox');
  const notification = page.getByTestId('notification').filter({ hasText: title });
  await expect(notification).toHaveCount(1);
  await expect(notification).toContainText('shortlisted');
  await expect(notification).toContainText('Utrecht Centraal');
});
