import { expect, test } from './fixtures';
import { openAndJoin } from './demo-challenge';
import { expectInboxHolds } from './inbox';
import { CROWD, MANAGER, NEWCOMER_PASSWORD, signIn, signInAs, signOut, signUpAndConfirm } from './session';

const MEMBER = 'member@demo.crowdforge.test';

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

  const notification = await expectInboxHolds(page, 1, title);
  await expect(notification).toContainText('shortlisted');
  await expect(notification).toContainText('Utrecht Centraal');
});

test('a similar idea is suggested; an idea with a co-author is built on, discussed with a mention, answered officially and decided, and its author sees it all', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const title = `A folding bottle for tea on the train ${stamp}`;
  const builder = { name: `Sam Builder ${stamp}`, email: `sam-${stamp}@example.test` };
  const feedback = 'Selected for the spring pilot: we start on the Utrecht–Amsterdam line.';

  // The author starts an idea that sounds like a demo idea, and is told so while typing.
  await signInAs(page, CROWD);
  const challengeId = await openAndJoin(page);
  await page.getByTestId('write-idea').click();
  await page.getByTestId('idea-title').fill(title);
  await expect(
    page.getByTestId('similar-idea').filter({ hasText: 'A folding infuser bottle for the train' }),
  ).toBeVisible();
  await page.getByTestId('idea-create').click();
  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]+\/edit$/);
  await page.getByTestId('idea-pitch').fill('A bottle that folds flat, with a tea filter in the cap.');
  await page.getByTestId('idea-field-audience').fill('Train commuters');
  await page.getByTestId('idea-field-moment').getByRole('radio', { name: 'On the move' }).check();
  await page.getByTestId('invite-email').fill(MEMBER);
  await page.getByTestId('invite-submit').click();
  await expect(page.getByTestId('invitation').filter({ hasText: MEMBER })).toBeVisible();
  await expect(page.getByTestId('autosave-status')).toHaveText('Saved');
  const licence = page.getByTestId('submit-licence');
  if (await licence.isVisible()) await licence.getByRole('checkbox').check();
  await page.getByTestId('idea-submit').click();
  await expect(page.getByTestId('idea-status')).toHaveText('Submitted');
  const ideaUrl = new URL(page.url()).pathname;
  await signOut(page);

  // The invited member accepts and shares authorship.
  await signInAs(page, MEMBER);
  await page.goto(ideaUrl);
  await page.getByTestId('invitation-accept').click();
  await expect(page.getByTestId('idea-authors')).toContainText('Max Member');
  await signOut(page);

  // A second member builds on it with an idea of their own, then comments, mentioning the author.
  await signUpAndConfirm(page, builder.name, builder.email);
  await page.goto('/sign-in');
  await signIn(page, builder.email, NEWCOMER_PASSWORD);
  await openAndJoin(page);
  await page.goto(ideaUrl);
  await page.getByTestId('build-on-link').click();
  await expect(page.getByTestId('editor-builds-on')).toContainText(title);
  const builtOnTitle = `Tea filter caps for any bottle ${stamp}`;
  await page.getByTestId('idea-title').fill(builtOnTitle);
  await page.getByTestId('idea-create').click();
  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]+\/edit$/);
  await expect(page.getByTestId('builds-on')).toContainText(title);
  await page.getByTestId('idea-field-audience').fill('Anyone with a bottle');
  await page.getByTestId('idea-field-moment').getByRole('radio', { name: 'On the move' }).check();
  await expect(page.getByTestId('autosave-status')).toHaveText('Saved');
  if (await licence.isVisible()) await licence.getByRole('checkbox').check();
  await page.getByTestId('idea-submit').click();
  await expect(page.getByTestId('idea-status')).toHaveText('Submitted');

  await page.goto(ideaUrl);
  await expect(page.getByTestId('built-on-by')).toContainText(builtOnTitle);
  const box = page.getByTestId('comment-input');
  await box.pressSequentially('Would the filter fit my caps too? @Chri');
  await page.getByTestId('mention-option').filter({ hasText: 'Chris Crowd' }).click();
  await expect(box).toHaveValue('Would the filter fit my caps too? @Chris Crowd ');
  await box.pressSequentially('what do you think?');
  await page.getByTestId('comment-send').click();
  await expect(page.getByTestId('comment').filter({ hasText: 'fit my caps too' })).toBeVisible();
  // Voting is open in the demo challenge: the builder supports the idea.
  await page.getByTestId('support-button').click();
  await expect(page.getByTestId('vote-state')).toHaveText('You support this idea.');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.screenshot({ path: `${SCREENSHOTS}/idea-support.png` });
  await signOut(page);

  // Staff answer officially and decide, with a message to the authors.
  await signInAs(page, MANAGER);
  await page.goto(ideaUrl);
  const question = page.getByTestId('comment').filter({ hasText: 'fit my caps too' });
  await question.getByTestId('comment-reply').click();
  await page.getByTestId('comment-input').first().fill('Yes: the cap thread is standard, so it fits most bottles.');
  await page.getByTestId('comment-send').first().click();
  const answer = page.getByTestId('comment').filter({ hasText: 'the cap thread is standard' });
  await expect(answer.getByTestId('comment-staff')).toBeVisible();
  await answer.getByTestId('comment-mark-official').click();
  await expect(answer.getByTestId('comment-official')).toBeVisible();
  await expect(page.getByTestId('first-official-response')).toBeVisible();
  await page.getByTestId('status-select').click();
  await page.getByRole('option', { name: 'Selected' }).click();
  await page.getByTestId('status-message-input').fill(feedback);
  await page.getByTestId('status-submit').click();
  await expect(page.getByTestId('idea-status')).toHaveText('Selected');
  await signOut(page);

  // The author sees it all: the mention (Chris reads Dutch), the answer, the lineage and the decision.
  await signInAs(page, CROWD);
  await expectInboxHolds(page, 1, 'Je bent genoemd', title);
  await page.goto('/ideas/mine');
  const mine = page.getByTestId('my-idea').filter({ hasText: title });
  await expect(mine).toHaveAttribute('data-status', 'selected');
  await expect(mine.getByTestId('my-idea-feedback')).toContainText(feedback);
  await page.screenshot({ path: `${SCREENSHOTS}/my-ideas.png`, fullPage: true });
  await mine.getByTestId('my-idea-link').click();
  await expect(page.getByTestId('comment-official')).toBeVisible();
  await expect(page.getByTestId('built-on-by')).toContainText(builtOnTitle);
  await page.screenshot({ path: `${SCREENSHOTS}/idea-conversation.png`, fullPage: true });

  await page.goto(`/challenges/${challengeId}?tab=ideas`);
  await expect(page.getByTestId('idea-card').filter({ hasText: title })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/idea-board.png`, fullPage: true });
});
