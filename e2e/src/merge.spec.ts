import { expect, test } from './fixtures';
import { CROWD, MANAGER, signInAs, signOut } from './session';
import { apiSignedIn, ok, votingChallenge } from './voting-challenge';

const MEMBER = 'member@demo.crowdforge.test';
const REVIEWER = 'reviewer@demo.crowdforge.test';
const SCREENSHOTS = 'e2e/screenshots';

test('a moderator proposes to merge a duplicate, both authors accept, and its supporter finds their vote on the merged idea', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  await signInAs(page, MANAGER);
  const { id: challengeId } = await votingChallenge(page, `Tea on tap ${stamp}`, { open: true });

  /** An idea written and submitted by a demo account; returns its id. */
  async function ideaBy(email: string, title: string): Promise<string> {
    const author = await apiSignedIn(request, email);
    await ok(await author.post(`/challenges/${challengeId}/participation`, { answers: {}, acceptLicenceVersion: 1 }));
    const idea = await ok<{ id: string }>(await author.post(`/challenges/${challengeId}/ideas`, { title }));
    await ok(await author.post(`/ideas/${idea.id}/submission`, {}));
    return idea.id;
  }
  const kept = await ideaBy(CROWD, `Cold brew on tap ${stamp}`);
  const duplicate = await ideaBy(MEMBER, `Iced tea from a tap ${stamp}`);
  const supporter = await apiSignedIn(request, REVIEWER);
  await ok(await supporter.post(`/challenges/${challengeId}/participation`, { answers: {}, acceptLicenceVersion: 1 }));
  await ok(await supporter.put(`/ideas/${duplicate}/vote`, { value: 1 }));

  await page.goto(`/ideas/${duplicate}`);
  const panel = page.getByTestId('merge-panel');
  await panel.getByTestId('merge-into').click();
  await page.getByRole('option', { name: `Cold brew on tap ${stamp}` }).click();
  await panel.getByTestId('merge-reason').fill('Both put cold tea on tap in the office.');
  await panel.getByTestId('merge-propose').click();
  await expect(panel.getByTestId('merge-state')).toHaveText('Waiting for the authors of both ideas.');
  await page.screenshot({ path: `${SCREENSHOTS}/merge-proposed.png`, fullPage: true });
  await signOut(page);

  for (const [author, ideaId, state] of [
    [MEMBER, duplicate, 'One side agreed; waiting for the other.'],
    [CROWD, kept, 'Merged.'],
  ] as const) {
    await signInAs(page, author);
    await page.goto(`/ideas/${ideaId}`);
    await page.getByTestId('merge-panel').getByTestId('merge-accept').click();
    await expect(page.getByTestId('merge-state')).toHaveText(state);
    await signOut(page);
  }

  await signInAs(page, REVIEWER);
  await page.goto(`/ideas/${duplicate}`);
  await expect(page).toHaveURL(new RegExp(`/ideas/${kept}\\?mergedFrom=${duplicate}$`));
  await expect(page.getByTestId('merged-from')).toBeVisible();
  await expect(page.getByTestId('page-title')).toHaveText(`Cold brew on tap ${stamp}`);
  await expect(page.getByTestId('support-button')).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: `${SCREENSHOTS}/merge-continues-here.png`, fullPage: true });
});
