import type { SessionInfo } from '@crowdforge/contracts';
import { expect, expectAccessible, test } from './fixtures';
import { openDemoChallenge } from './demo-challenge';
import { expectInboxHolds } from './inbox';
import { CROWD, MANAGER, apiAs, signInAs, signOut } from './session';

const SCREENSHOTS = 'e2e/screenshots';
/** Someone from the crowd writes the comment; a member of the organisation flags it. */
const AUTHOR = CROWD;
const FLAGGER = 'member@demo.crowdforge.test';
const IDEA = 'Tea tasting evenings in the shops';
const REASON = 'Advertising for another shop';

test('a member flags a comment, a moderator hides it with a reason, and its author is told', async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const spam = `Cheap tea tins at another shop, use code ${stamp}`;

  // The author writes a comment under the community guidelines.
  await signInAs(page, AUTHOR);
  const challengeId = await openDemoChallenge(page);
  await page.goto(`/challenges/${challengeId}?tab=ideas`);
  await page.getByTestId('idea-card').filter({ hasText: IDEA }).getByTestId('idea-card-link').click();
  await expect(page.getByTestId('page-title')).toHaveText(IDEA);
  const ideaUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId('community-guidelines')).toBeVisible();
  await page.getByTestId('comment-input').fill(spam);
  await page.getByTestId('comment-send').click();
  await expect(page.getByTestId('comment').filter({ hasText: spam })).toBeVisible();
  await signOut(page);

  // A member flags it, with a category and a note; flagging twice is harmless.
  await signInAs(page, FLAGGER);
  await page.goto(ideaUrl);
  const comment = page.getByTestId('comment').filter({ hasText: spam });
  for (const attempt of [1, 2]) {
    await comment.getByTestId('comment-flag').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('flag-category-spam').click();
    await dialog.getByTestId('flag-note').fill('Sends people to another shop');
    if (attempt === 1) {
      await expectAccessible(page);
      await page.screenshot({ path: `${SCREENSHOTS}/moderation-flag-dialog.png` });
    }
    await dialog.getByTestId('flag-submit').click();
    await expect(dialog).toBeHidden();
  }
  await expect(comment.getByTestId('comment-flag')).toHaveText(/Flagged/);
  await signOut(page);

  // A moderator (the demo manager) finds it in the organisation's queue and hides it, saying why.
  await signInAs(page, MANAGER);
  const session = (await (await (await apiAs(page)).get('/session')).json()) as SessionInfo;
  await page.goto(`/organisations/${session.user.memberships[0].organisationId}`);
  await page.getByTestId('organisation-tab-moderation').click();
  const item = page.getByTestId('queue-item').filter({ hasText: spam });
  await expect(item.getByTestId('queue-item-count')).toHaveText('Flags: 1');
  await expect(item.getByTestId('queue-item-reasons')).toContainText('Sends people to another shop');
  await expect(item.getByTestId('queue-item-idea')).toHaveText(IDEA);
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENSHOTS}/moderation-queue.png`, fullPage: true });

  await item.getByTestId('moderation-visibility').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('reason-input').fill(REASON);
  await dialog.getByTestId('reason-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('queue-item').filter({ hasText: spam })).toHaveCount(0);
  await expect(page.getByTestId('log-entry').filter({ hasText: REASON }).first()).toContainText('Comment hidden');

  await page.getByTestId('queue-state').click();
  await page.getByRole('option', { name: 'Resolved' }).click();
  await expect(page.getByTestId('queue-item').filter({ hasText: spam }).getByTestId('queue-item-hidden')).toBeVisible();
  await signOut(page);

  // Others no longer see it.
  await signInAs(page, FLAGGER);
  await page.goto(ideaUrl);
  await expect(page.getByTestId('page-title')).toHaveText(IDEA);
  await expect(page.getByTestId('comment').filter({ hasText: spam })).toHaveCount(0);
  await signOut(page);

  // Its author is told in the inbox and still sees it, with the reason.
  await signInAs(page, AUTHOR);
  await expectInboxHolds(page, 1, IDEA, REASON);
  await page.goto(ideaUrl);
  const hidden = page.getByTestId('comment').filter({ hasText: spam });
  await expect(hidden.getByTestId('hidden-banner')).toContainText(REASON);
  await hidden.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/moderation-hidden-comment.png` });
});

test('a manager reads the guidelines people see where they write, and finds a hidden idea from the log', async ({
  page,
}) => {
  await signInAs(page, MANAGER);
  const session = (await (await (await apiAs(page)).get('/session')).json()) as SessionInfo;
  const organisation = `/organisations/${session.user.memberships[0].organisationId}`;
  await page.goto(`${organisation}/guidelines`);
  await expect(page.getByTestId('guidelines-preview')).toContainText('Criticise ideas, never the people');
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENSHOTS}/moderation-guidelines.png`, fullPage: true });

  await page.goto(`${organisation}/moderation`);
  await page.getByTestId('log-entry').filter({ hasText: 'Idea hidden' }).getByTestId('log-entry-idea').click();
  await expect(page.getByTestId('page-title')).toHaveText('Free tea for everyone who follows my shop');
  await expect(page.getByTestId('hidden-banner')).toContainText('Advertising for a shop');
  await expect(page.getByTestId('moderation-visibility')).toHaveText(/Show again/);
  await expect(page.getByTestId('vote-panel')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/moderation-hidden-idea.png` });
});
