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

/** A published challenge taking ideas now and votes from tomorrow, with two ideas of the manager's. */
async function votingChallenge(page: Page, mode: VotingMode, stamp: number): Promise<VotingChallenge> {
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
  for (const title of ['Matcha on tap', 'A tea library']) {
    const idea = await ok<{ id: string }>(await manager.post(`/challenges/${id}/ideas`, { title }));
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
    await expect(page.getByTestId('idea-tally').getByRole('img')).toHaveAttribute('aria-label', '1 for, 0 against', {
      timeout: 1_000,
    });
  }).toPass({ timeout: 20_000 });
  await page.goto(`/challenges/${challenges.up_down.id}?tab=ideas&sort=top`);
  await expect(page.getByTestId('ranking-panel')).toBeVisible();
  await expect(page.getByTestId('ranked-idea').first()).toContainText('Matcha on tap');
  await expect(page.getByTestId('idea-card').first()).toContainText('Matcha on tap');
  await page.screenshot({ path: `${SCREENSHOTS}/idea-ranking.png`, fullPage: true });
});
