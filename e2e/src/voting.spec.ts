import type { APIResponse, Page } from '@playwright/test';
import type { SessionInfo, VotingMode } from '@crowdforge/contracts';
import { expect, test } from './fixtures';
import { CROWD, MANAGER, apiAs, signInAs, signOut } from './session';

const SCREENSHOTS = 'e2e/screenshots';
const DAY = 86_400_000;

async function ok<T>(response: APIResponse): Promise<T> {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

interface VotingChallenge {
  id: string;
  ideaIds: string[];
}

const TWO_IDEAS: { title: string; pitch?: string }[] = [{ title: 'Matcha on tap' }, { title: 'A tea library' }];

/** A published challenge taking ideas now and votes from tomorrow, with ideas of the manager's. */
async function votingChallenge(
  page: Page,
  mode: VotingMode,
  stamp: number,
  ideas = TWO_IDEAS,
): Promise<VotingChallenge> {
  const manager = await apiAs(page);
  const { user } = await ok<SessionInfo>(await manager.get('/session'));
  const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  const { id } = await ok<{ id: string }>(
    await manager.post(`/organisations/${user.memberships[0].organisationId}/challenges`, {
      title: `Tea votes by ${mode} ${stamp}`,
      language: 'en',
      brief: { problem: 'Which of these tea ideas should we try first? Tell us by voting.' },
      criteria: [{ name: 'Appeal', guidance: 'Would people love it?', weight: 1 }],
      licence: { kind: 'cc_by_4', text: '' },
      windows: [
        { kind: 'submission', opensAt: at(-1), closesAt: null },
        { kind: 'voting', opensAt: at(1), closesAt: at(10) },
      ],
    }),
  );
  await ok(await manager.post(`/challenges/${id}/publish`, {}));
  await ok(await manager.post(`/challenges/${id}/participation`, { answers: {}, acceptLicenceVersion: 1 }));
  const ideaIds: string[] = [];
  for (const { title, pitch } of ideas) {
    const idea = await ok<{ id: string }>(await manager.post(`/challenges/${id}/ideas`, { title, pitch }));
    await ok(await manager.post(`/ideas/${idea.id}/submission`, {}));
    ideaIds.push(idea.id);
  }
  if (mode !== 'tokens') {
    const rules = { mode, voteLimit: null, authorsMayVote: false, tokenBudget: null, tokensPerIdea: null };
    await ok(await manager.put(`/challenges/${id}/voting-rules`, rules));
  }
  return { id, ideaIds };
}

test('a manager chooses how people vote; a crowd member votes in every mode and changes their mind', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now();
  await signInAs(page, MANAGER);
  const challenges = {} as Record<VotingMode, VotingChallenge>;
  for (const mode of ['support', 'up_down', 'stars', 'tokens'] as const) {
    challenges[mode] = await votingChallenge(page, mode, stamp);
  }

  // Tokens are set up in the web app, then voting is opened by hand: the rules are fixed from then on.
  await page.goto(`/challenges/${challenges.tokens.id}`);
  const settings = page.getByTestId('voting-settings');
  await settings.getByTestId('voting-mode-tokens').getByRole('radio').check();
  await settings.getByTestId('voting-token-budget').fill('5');
  await settings.getByTestId('voting-tokens-per-idea').fill('3');
  await page.screenshot({ path: `${SCREENSHOTS}/voting-settings.png`, fullPage: true });
  await settings.getByTestId('voting-save').click();
  await expect(page.getByText('The voting rules are saved.')).toBeVisible();
  await page.getByTestId('window-open-voting').click();
  await expect(settings.getByTestId('voting-locked')).toHaveText(
    'Voting has opened: people vote by tokens and the rules stay as they are.',
  );
  const manager = await apiAs(page);
  for (const mode of ['support', 'up_down', 'stars'] as const) {
    await ok(await manager.post(`/challenges/${challenges[mode].id}/windows/voting/open`, {}));
  }
  await signOut(page);

  await signInAs(page, CROWD);
  const crowd = await apiAs(page);
  for (const { id } of Object.values(challenges)) {
    await ok(await crowd.post(`/challenges/${id}/participation`, { answers: {}, acceptLicenceVersion: 1 }));
  }
  const state = page.getByTestId('vote-state');

  await page.goto(`/ideas/${challenges.support.ideaIds[0]}`);
  await page.getByTestId('support-button').click();
  await expect(state).toHaveText('You support this idea.');

  await page.goto(`/ideas/${challenges.up_down.ideaIds[0]}`);
  await page.getByTestId('vote-down').click();
  await expect(state).toHaveText('You are against this idea.');
  await page.getByTestId('vote-up').click();
  await expect(state).toHaveText('You are for this idea.');
  await expect(page.getByTestId('vote-up')).toHaveAttribute('aria-pressed', 'true');

  // Stars by keyboard: the fourth star, then a change of mind to two.
  await page.goto(`/ideas/${challenges.stars.ideaIds[0]}`);
  await page.getByTestId('vote-star-4').focus();
  await page.keyboard.press('Enter');
  await expect(state).toHaveText('You gave this idea 4 of 5 stars.');
  await page.getByTestId('vote-star-2').focus();
  await page.keyboard.press('Space');
  await expect(state).toHaveText('You gave this idea 2 of 5 stars.');
  await page.screenshot({ path: `${SCREENSHOTS}/vote-stars.png` });

  // Tokens: at most 3 on one idea, 5 in all.
  const [first, second] = challenges.tokens.ideaIds;
  await page.goto(`/ideas/${first}`);
  for (let count = 1; count <= 3; count++) {
    await page.getByTestId('vote-token-add').click();
    await expect(page.getByTestId('vote-tokens')).toHaveText(`${count} of at most 3 on this idea`);
  }
  await expect(page.getByTestId('vote-token-add')).toBeDisabled();
  await expect(state).toHaveText('You put 3 of your tokens on this idea. 2 of your 5 tokens left.');
  await page.goto(`/ideas/${second}`);
  await page.getByTestId('vote-token-add').click();
  await expect(page.getByTestId('vote-tokens')).toHaveText('1 of at most 3 on this idea');
  await page.getByTestId('vote-token-add').click();
  await expect(state).toHaveText('You put 2 of your tokens on this idea. 0 of your 5 tokens left.');
  await expect(page.getByTestId('vote-token-add')).toBeDisabled();
  await page.screenshot({ path: `${SCREENSHOTS}/vote-tokens.png` });
  await page.getByTestId('vote-token-remove').click();
  await expect(state).toHaveText('You put 1 of your tokens on this idea. 1 of your 5 tokens left.');

  const mine = await ok<{ votes: { value: number }[] }>(
    await crowd.get(`/challenges/${challenges.tokens.id}/my-votes`),
  );
  expect(mine.votes.map((vote) => vote.value)).toEqual([3, 1]);

  // The votes are counted a moment later: the idea shows its tally, the board orders by it.
  await expect(async () => {
    await page.goto(`/ideas/${challenges.up_down.ideaIds[0]}`);
    // A loaded machine may take more than a second to show the idea page.
    await expect(page.getByTestId('idea-tally').getByRole('img')).toHaveAttribute('aria-label', '1 for, 0 against', {
      timeout: 3_000,
    });
  }).toPass({ timeout: 30_000 });
  await page.goto(`/challenges/${challenges.up_down.id}?tab=ideas&sort=top`);
  await expect(page.getByTestId('ranking-panel')).toBeVisible();
  await expect(page.getByTestId('ranked-idea').first()).toContainText('Matcha on tap');
  await expect(page.getByTestId('idea-card').first()).toContainText('Matcha on tap');
  await page.screenshot({ path: `${SCREENSHOTS}/idea-ranking.png`, fullPage: true });
});

test('a crowd member compares ideas in pairs, by button and by arrow key, until no pair is left', async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, MANAGER);
  const { id } = await votingChallenge(page, 'pairwise', Date.now(), [
    { title: 'Matcha on tap', pitch: 'A tap in every shop that pours fresh matcha in ten seconds.' },
    { title: 'A tea library', pitch: 'Borrow a tin, taste it at home, bring back what you did not like.' },
    { title: 'Tea with the grower', pitch: 'A monthly video call with a tea grower, tins sent ahead.' },
  ]);
  await ok(await (await apiAs(page)).post(`/challenges/${id}/windows/voting/open`, {}));
  await signOut(page);

  await signInAs(page, CROWD);
  await ok(await (await apiAs(page)).post(`/challenges/${id}/participation`, { answers: {}, acceptLicenceVersion: 1 }));
  await page.goto(`/challenges/${id}?tab=ideas`);
  await page.getByTestId('board-compare').click();
  await expect(page).toHaveURL(new RegExp(`/challenges/${id}/compare$`));
  await expect(page.getByTestId('compare-count')).toHaveText('Pairs you compared: 0');
  await expect(page.getByTestId('compare-left')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/vote-pairwise.png` });

  // Three ideas make three pairs: one by button, one by arrow key, one "I can't decide".
  const pairOnScreen = async () =>
    [
      await page.getByTestId('compare-left').locator('h2').innerText(),
      await page.getByTestId('compare-right').locator('h2').innerText(),
    ]
      .sort()
      .join(' / ');
  const seen = [await pairOnScreen()];
  await page.getByTestId('compare-choose-left').click();
  await expect(page.getByTestId('compare-count')).toHaveText('Pairs you compared: 1');
  await expect.poll(pairOnScreen).not.toBe(seen[0]);
  seen.push(await pairOnScreen());
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('compare-count')).toHaveText('Pairs you compared: 2');
  await expect.poll(pairOnScreen).not.toBe(seen[1]);
  seen.push(await pairOnScreen());
  await page.getByTestId('compare-cant-decide').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('compare-done')).toContainText('You have compared every pair');
  await expect(page.getByTestId('compare-count')).toHaveText('Pairs you compared: 3');
  expect(new Set(seen).size).toBe(3);

  // The idea page points to the comparisons instead of a vote button.
  const crowd = await apiAs(page);
  const ideas = await ok<{ items: { id: string }[] }>(await crowd.get(`/challenges/${id}/ideas`));
  await page.goto(`/ideas/${ideas.items[0].id}`);
  await expect(page.getByTestId('vote-panel')).toHaveAttribute('data-mode', 'pairwise');
  await page.getByTestId('vote-compare').click();
  await expect(page.getByTestId('compare-done')).toBeVisible();
});
