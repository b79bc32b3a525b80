import { expect, test } from './fixtures';
import { CROWD, MANAGER, signInAs, signOut } from './session';
import { apiSignedIn, ok, votingChallenge } from './voting-challenge';

const SCREENSHOTS = 'e2e/screenshots';

test('an open board counts the votes as they come in, and shows none while voting is blind', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  await signInAs(page, MANAGER);
  const open = await votingChallenge(page, `Live tea votes ${stamp}`, { open: true });
  const blind = await votingChallenge(page, `Blind tea votes ${stamp}`, { rules: { blind: true }, open: true });

  await page.goto(`/challenges/${open.id}?tab=ideas`);
  await expect(page.getByTestId('board-live')).toHaveText('Counts update live', { timeout: 15_000 });
  const card = page.getByTestId('idea-card').filter({ hasText: 'Matcha on tap' });
  await expect(card.getByTestId('idea-tally')).toHaveCount(0);

  // Someone else votes: the count appears on the open board without a reload.
  const crowd = await apiSignedIn(request, CROWD);
  for (const { id, ideaIds } of [open, blind]) {
    await ok(await crowd.post(`/challenges/${id}/participation`, { answers: {}, acceptLicenceVersion: 1 }));
    await ok(await crowd.put(`/ideas/${ideaIds[0]}/vote`, {}));
  }
  await expect(card.getByTestId('idea-tally').getByRole('img')).toHaveAttribute('aria-label', '1 supports', {
    timeout: 10_000,
  });
  await page.screenshot({ path: `${SCREENSHOTS}/live-tallies.png`, fullPage: true });

  // In blind voting the crowd sees no count, live or otherwise, until voting closes.
  await signOut(page);
  await signInAs(page, CROWD);
  await page.goto(`/challenges/${blind.id}?tab=ideas`);
  await expect(page.getByTestId('idea-card')).toHaveCount(2);
  await expect(page.getByTestId('board-live')).toHaveCount(0);
  await expect(page.getByTestId('idea-tally')).toHaveCount(0);
  await page.goto(`/ideas/${blind.ideaIds[0]}`);
  await expect(page.getByTestId('vote-state')).toHaveText('You support this idea.');
  await expect(page.getByTestId('idea-tally')).toHaveCount(0);
});
