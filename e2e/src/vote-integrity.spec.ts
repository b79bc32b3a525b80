import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, test } from './fixtures';
import { openDemoChallenge } from './demo-challenge';
import { CROWD, MANAGER, apiAs, signInAs, signOut } from './session';

const SCREENSHOTS = 'e2e/screenshots';
const CAFE = 'A tea moment for Café Amsterdam';

test('a manager reads the integrity report and downloads the recount ledger of a closed vote; a crowd member sees neither', async ({
  page,
}) => {
  await signInAs(page, CROWD);
  await openDemoChallenge(page);
  await expect(page.getByTestId('join-panel')).toBeVisible();
  await expect(page.getByTestId('integrity-report')).toHaveCount(0);
  await signOut(page);

  await signInAs(page, MANAGER);
  await openDemoChallenge(page);
  const report = page.getByTestId('integrity-report');
  await expect(report.getByTestId('voting-ledger')).toHaveCount(0);
  await report.getByTestId('integrity-open').click();
  // The demo's newcomer backed the tasting boxes; three accounts voted from one office.
  await expect(report.getByTestId('integrity-idea').first()).toContainText('Tasting boxes to take home');
  await expect(report.getByTestId('integrity-group')).toHaveCount(1);
  await expect(report.getByTestId('integrity-group')).toContainText('3 accounts voted from here.');
  await expect(report.getByTestId('integrity-group')).toContainText('A folding infuser bottle for the train: 3');
  await report.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/voting-integrity.png`, fullPage: true });
  await expectAccessible(page);

  // The café challenge's vote has closed: its ledger can be downloaded.
  const manager = await apiAs(page);
  const found = (await (await manager.get(`/challenges?q=${encodeURIComponent('Café Amsterdam')}`)).json()) as {
    items: { id: string; title: string }[];
  };
  const cafe = found.items.find((item) => item.title === CAFE);
  expect(cafe).toBeDefined();
  await page.goto(`/challenges/${cafe?.id}`);
  const download = page.waitForEvent('download');
  await page.getByTestId('voting-ledger').click();
  const ledger = await download;
  expect(ledger.suggestedFilename()).toBe(`voting-ledger-${cafe?.id}.csv`);
  const lines = (await readFile(await ledger.path(), 'utf8')).trim().split('\n');
  expect(lines[0]).toBe('\ufeffvoter,idea_id,idea_title,value,day');
  expect(lines).toHaveLength(5);
  for (const line of lines.slice(1))
    expect(line).toMatch(/^[0-9a-f]{16},[0-9a-f-]{36},A tea flight with three Dutch herbs,[45],\d{4}-\d{2}-\d{2}$/);
});
