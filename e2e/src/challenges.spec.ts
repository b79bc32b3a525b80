import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectInboxHolds } from './inbox';
import { CROWD, MANAGER, signInAs, signOut } from './session';

const SCREENSHOTS = 'e2e/screenshots';

/** `datetime-local` input value for a day relative to today, at 09:00 local time. */
function localDay(offsetDays: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T09:00`;
}

async function writeDraft(page: Page, title: string): Promise<void> {
  await page.goto('/challenges');
  await page.getByTestId('new-challenge').click();
  await expect(page.getByTestId('brief-editor')).toBeVisible();
  await page.getByTestId('editor-title').fill(title);
  await page.getByTestId('editor-tagline').fill('Cooler streets without more air conditioning');
  await page
    .getByTestId('editor-brief-problem')
    .fill(
      'Our squares turn into heat islands every summer.\n\nShade trees take ten years to grow, so we need faster ideas.',
    );
  await page.getByTestId('editor-objective-target').fill('Two degrees cooler on the market square by next July');

  await page.getByTestId('editor-add-criterion').click();
  await page.getByTestId('editor-criterion-name').last().fill('Impact on heat');
  await page.getByTestId('editor-criterion-weight').last().fill('3');
  await page.getByTestId('editor-licence-cc_by_sa_4').getByRole('radio').check();

  await page.getByTestId('editor-add-idea-field').click();
  await page.getByTestId('editor-idea-field-label').last().fill('Where would you try it?');
  await page.getByTestId('editor-idea-field-key').last().fill('location');

  await page.getByTestId('editor-window-submission-enabled').getByRole('switch').click();
  await page.getByTestId('editor-window-submission-opens').fill(localDay(-1));
  await page.getByTestId('editor-window-submission-closes').fill(localDay(30));
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/brief-editor.png`, fullPage: true });

  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('page-title')).toHaveText(title);
}

test('a manager publishes a brief; a crowd member asks and suggests; the answer and the accepted change reach them', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const title = `Heat-proof squares ${Date.now()}`;

  await signInAs(page, MANAGER);
  await writeDraft(page, title);
  await expect(page.getByTestId('criterion')).toContainText('Impact on heat');
  await expect(page.getByTestId('phase-submission')).toHaveAttribute('data-status', 'upcoming');
  await page.getByTestId('challenge-publish').click();
  await expect(page.getByTestId('challenge-publish')).toBeHidden();
  await expect(page.getByTestId('phase-submission')).toHaveAttribute('data-status', 'open');
  const challengeUrl = page.url();
  await signOut(page);

  await signInAs(page, CROWD);
  await page.goto('/challenges');
  await page.getByTestId('challenge-search').fill('heat-proof squares');
  const card = page.getByTestId('challenge-card').filter({ hasText: title });
  await expect(card).toHaveCount(1);
  await page.screenshot({ path: `${SCREENSHOTS}/challenges-browse.png`, fullPage: true });
  const href = await card.getByTestId('challenge-card-link').getAttribute('href');
  expect(href).not.toBeNull();
  await page.goto(href ?? '/');
  await expect(page.getByTestId('brief-problem')).toContainText('heat islands');

  await page.getByTestId('ask-input').fill('May ideas use water features?');
  await page.getByTestId('ask-submit').click();
  await expect(page.getByTestId('question').filter({ hasText: 'water features' })).toBeVisible();

  await page.getByTestId('suggest-paragraph').click();
  await page.getByRole('option').nth(1).click();
  await page
    .getByTestId('suggest-proposed')
    .fill('Shade trees take ten years to grow, so we want ideas that work this summer.');
  await page.getByTestId('suggest-rationale').fill('Say what "faster" means');
  await page.getByTestId('suggest-submit').click();
  await expect(page.getByTestId('amendment').filter({ hasText: 'this summer' })).toHaveAttribute('data-state', 'open');
  await signOut(page);

  await signInAs(page, MANAGER);
  await page.goto(challengeUrl);
  const question = page.getByTestId('question').filter({ hasText: 'water features' });
  await question.getByTestId('answer-input').fill('Yes, as long as they save water overall.');
  await question.getByTestId('answer-submit').click();
  await expect(question.getByTestId('question-answer')).toContainText('save water overall');

  const amendment = page.getByTestId('amendment').filter({ hasText: 'this summer' });
  await amendment.getByTestId('amendment-response').fill('Good point, taken in.');
  await amendment.getByTestId('amendment-accept').click();
  await expect(amendment).toHaveAttribute('data-state', 'accepted');
  await signOut(page);

  await signInAs(page, CROWD);
  // Answered question, accepted amendment, and the brief's new revision (the crowd member follows it).
  const notifications = await expectInboxHolds(page, 3, title);
  await notifications.first().getByTestId('notification-link').click();
  await expect(page.getByTestId('page-title')).toHaveText(title);
  await expect(page.getByTestId('brief-problem')).toContainText('work this summer');
  await expect(page.getByTestId('question-answer')).toContainText('save water overall');

  await page.getByTestId('revision').first().locator('summary').click();
  await expect(page.getByTestId('revision-change').first()).toContainText('this summer');
  await page.screenshot({ path: `${SCREENSHOTS}/challenge-page.png`, fullPage: true });
});
