import sharp from 'sharp';
import type { Locator } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { openAndJoin } from './demo-challenge';
import { CROWD, MANAGER, apiAs, signInAs, signOut } from './session';
import { votingChallenge } from './voting-challenge';

const SCREENSHOTS = 'e2e/screenshots';

/** A picture to upload: a landscape drawn as SVG, made into a JPEG as a camera would. */
function photo(label: string, hue: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${hue},70%,75%)"/><stop offset="1" stop-color="hsl(${hue + 40},60%,45%)"/>
    </linearGradient></defs>
    <rect width="1600" height="900" fill="url(#sky)"/>
    <circle cx="1250" cy="220" r="110" fill="hsl(48,95%,70%)"/>
    <path d="M0 700 Q400 520 800 680 T1600 640 V900 H0 Z" fill="hsl(${hue + 80},45%,32%)"/>
    <text x="80" y="820" font-family="sans-serif" font-size="96" fill="white">${label}</text>
  </svg>`;
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Artist: 'Private Person' } })
    .toBuffer();
}

const PLAN_PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

/** The image has been served and drawn (the page's security policy let it load). */
async function expectImageShown(image: Locator): Promise<void> {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
}

test('an author adds a photo and a document to an idea with progress shown; others see the photo and can download the document', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const title = `Tea garden on the roof ${Date.now()}`;
  await signInAs(page, CROWD);
  await openAndJoin(page);
  await page.getByTestId('write-idea').click();
  await page.getByTestId('idea-title').fill(title);
  await page.getByTestId('idea-create').click();
  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]+\/edit$/);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByTestId('idea-pitch').fill('Grow our own mint and chamomile on the office roof.');
  await page.getByTestId('idea-field-audience').fill('Everyone in the office');

  const editor = page.getByTestId('attachments-editor');
  await editor.getByTestId('attachment-upload-input').setInputFiles({
    name: 'roof garden.jpg',
    mimeType: 'image/jpeg',
    buffer: await photo('Roof garden', 150),
  });
  await expectImageShown(editor.getByTestId('attachment-images').getByRole('img', { name: 'roof garden.webp' }));
  await editor.getByTestId('attachment-upload-input').setInputFiles({
    name: 'planting plan.pdf',
    mimeType: 'application/pdf',
    buffer: PLAN_PDF,
  });
  await expect(
    editor.getByTestId('attachment-documents').getByRole('link', { name: 'planting plan.pdf' }),
  ).toBeVisible();

  await expect(page.getByTestId('autosave-status')).toHaveText('Saved');
  await expectAccessible(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/idea-editor-attachments.png`, fullPage: true });

  const licence = page.getByTestId('submit-licence');
  if (await licence.isVisible()) await licence.getByRole('checkbox').check();
  await page.getByTestId('idea-submit').click();
  await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]+$/);
  const ideaUrl = new URL(page.url()).pathname;
  await signOut(page);

  await signInAs(page, MANAGER);
  await page.goto(ideaUrl);
  await expect(page.getByTestId('page-title')).toHaveText(title);
  await expectImageShown(page.getByTestId('attachment-images').getByRole('img', { name: 'roof garden.webp' }));
  const download = page.getByTestId('attachment-documents').getByRole('link', { name: 'planting plan.pdf' });
  const file = await page.request.get((await download.getAttribute('href')) ?? '');
  expect(file.headers()['content-disposition']).toBe('attachment; filename="planting plan.pdf"');
  expect(await file.body()).toEqual(PLAN_PDF);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  await page.screenshot({ path: `${SCREENSHOTS}/idea-page-attachments.png`, fullPage: true });
});

test('a manager uploads a cover image that the challenge page and its card show', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, MANAGER);
  const title = `Tea for night shifts ${Date.now()}`;
  const { id } = await votingChallenge(page, title);
  await page.goto(`/challenges/${id}/edit`);
  const cover = page.getByTestId('editor-cover');
  await expect(cover.getByTestId('editor-cover-upload')).toBeVisible();
  await cover.getByTestId('editor-cover-upload-input').setInputFiles({
    name: 'night.jpg',
    mimeType: 'image/jpeg',
    buffer: await photo('Night shift tea', 230),
  });
  await expectImageShown(cover.getByTestId('editor-cover-preview'));
  await expectAccessible(page);
  await cover.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/brief-editor-cover.png` });

  await page.goto(`/challenges/${id}`);
  await expectImageShown(page.locator('img.cover'));
  await page.screenshot({ path: `${SCREENSHOTS}/challenge-page-cover.png` });
  const detail = await (await apiAs(page)).get(`/challenges/${id}`);
  expect((await detail.json()).coverImageUrl).toMatch(/^\/api\/v1\/challenges\/[0-9a-f-]+\/cover\/[0-9a-f-]+$/);
});
