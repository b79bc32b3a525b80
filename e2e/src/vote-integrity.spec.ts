import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, test } from './fixtures';
import { DEMO_CHALLENGE } from './demo-challenge';
import { CROWD, MANAGER, apiAs, signInAs, signOut } from './session';

const SCREENSHOTS = 'e2e/screenshots';
const CAFE = 'A tea moment for Café Amsterdam';
/** The machine may be busy: pages and reports get longer than the default to appear. */
const PATIENCE = { timeout: 20_000 };

/** Opens a demo challenge by its title (looked up through the API). */
async function openChallenge(page: Page, title: string, search: string): Promise<string> {
  const found = (await (await (await apiAs(page)).get(`/challenges?q=${encodeURIComponent(search)}`)).json()) as {
    items: { id: string; title: string }[];
  };
  const id = found.items.find((item) => item.title === title)?.id;
  expect(id).toBeDefined();
  await page.goto(`/challenges/${id}`);
  await expect(page.getByTestId('page-title')).toHaveText(title, PATIENCE);
  return id ?? '';
}

test('a manager reads the integrity report and downloads the recount ledger of a closed vote; a crowd member sees neither', async ({
  page,
}) => {
  test.slow();
  await signInAs(page, CROWD);
  await openChallenge(page, DEMO_CHALLENGE, 'make or drink tea');
  await expect(page.getByTestId('join-panel')).toBeVisible(PATIENCE);
  await expect(page.getByTestId('integrity-report')).toHaveCount(0);
  await signOut(page);

  await signInAs(page, MANAGER);
  await openChallenge(page, DEMO_CHALLENGE, 'make or drink tea');
  const report = page.getByTestId('integrity-report');
  await expect(report).toBeVisible(PATIENCE);
  await expect(report.getByTestId('voting-ledger')).toHaveCount(0);
  await report.getByTestId('integrity-open').click();
  // The demo's newcomer backed the tasting boxes; three accounts voted from one office. (Journeys run
  // before this one may have added ideas and votes of their own to the same challenge.)
  await expect(
    report.getByTestId('integrity-idea').filter({ hasText: 'Tasting boxes to take home' }).first(),
  ).toBeVisible(PATIENCE);
  const office = report.getByTestId('integrity-group').filter({ hasText: 'A folding infuser bottle for the train: 3' });
  await expect(office).toHaveCount(1);
  await expect(office).toContainText('3 accounts voted from here.');
  await report.screenshot({ path: `${SCREENSHOTS}/voting-integrity.png` });
  await expectAccessible(page);

  // The café challenge's vote has closed: its ledger can be downloaded.
  const cafeId = await openChallenge(page, CAFE, 'Café Amsterdam');
  const download = page.waitForEvent('download');
  await page.getByTestId('voting-ledger').click(PATIENCE);
  const ledger = await download;
  expect(ledger.suggestedFilename()).toBe(`voting-ledger-${cafeId}.csv`);
  const lines = (await readFile(await ledger.path(), 'utf8')).replace(/\n$/, '').split('\n');
  expect(lines[0]).toBe('\ufeffvoter,idea_id,idea_title,value,day');
  expect(lines).toHaveLength(5);
  for (const line of lines.slice(1))
    expect(line).toMatch(/^[0-9a-f]{16},[0-9a-f-]{36},A tea flight with three Dutch herbs,[45],\d{4}-\d{2}-\d{2}$/);
});
