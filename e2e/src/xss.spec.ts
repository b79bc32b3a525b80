import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIResponse, Page } from '@playwright/test';
import type { ChallengeDetail, IdeaDetail, IdeaFieldValue, IdeaFormField } from '@crowdforge/contracts';
import { expect, test } from './fixtures';
import { openAndJoin } from './demo-challenge';
import { CROWD, MANAGER, apiAs, signInAs, signOut } from './session';

/** Each would set `window.__xss` if it ever ran (shared with the API's tests). */
const PAYLOADS: string[] = JSON.parse(readFileSync(resolve('tools/testing/xss-payloads.json'), 'utf8'));
const TITLE_LIMIT = 160;

/** Texts in groups short enough for a title, so each lands in every text field of some idea. */
function groupsOf(texts: string[], limit: number): string[] {
  const groups: string[] = [];
  for (const text of texts) {
    const last = groups.at(-1);
    if (last !== undefined && last.length + 1 + text.length <= limit) groups[groups.length - 1] = `${last} ${text}`;
    else groups.push(text.padEnd(3));
  }
  return groups;
}

function valueFor(field: IdeaFormField, text: string): IdeaFieldValue {
  switch (field.kind) {
    case 'number':
      return 1;
    case 'single_choice':
      return field.options[0];
    case 'multiple_choice':
      return [field.options[0]];
    case 'url':
      return 'https://example.org/';
    default:
      return text;
  }
}

async function ok<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
async function watchPolicyViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
}

async function expectInert(page: Page): Promise<void> {
  const state = await page.evaluate(() => ({
    xss: (window as { __xss?: unknown }).__xss,
    violations: (window as { __cspViolations?: string[] }).__cspViolations ?? [],
    scriptLinks: [...document.querySelectorAll('a[href], iframe[src]')]
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
      .filter((address) => /^\s*(javascript|vbscript|data):/i.test(address)),
  }));
  expect(state, `on ${page.url()}`).toEqual({ xss: undefined, violations: [], scriptLinks: [] });
}

test('hostile text in every field of ideas, comments and feedback is shown as text and never runs', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await watchPolicyViolations(page);
  await signInAs(page, CROWD);
  const challengeId = await openAndJoin(page);
  const crowd = await apiAs(page);
  const challenge = await ok<ChallengeDetail>(await crowd.get(`/challenges/${challengeId}`));

  // Markup is refused outright (400); what is taken is Markdown or text that must stay inert.
  const draft = await ok<IdeaDetail>(await crowd.post(`/challenges/${challengeId}/ideas`, { title: 'A probe' }));
  const accepted: string[] = [];
  for (const payload of PAYLOADS) {
    const response = await crowd.patch(`/ideas/${draft.id}`, { description: payload });
    expect([payload, [200, 400].includes(response.status())]).toEqual([payload, true]);
    if (response.ok()) accepted.push(payload);
  }
  expect(accepted.length).toBeGreaterThan(0);
  const everything = accepted.join('\n\n');

  const groups = groupsOf(accepted, TITLE_LIMIT);
  const ideas: IdeaDetail[] = [];
  for (const group of groups) {
    const fields = Object.fromEntries(challenge.ideaForm.map((field) => [field.key, valueFor(field, group)]));
    const created = await ok<IdeaDetail>(
      await crowd.post(`/challenges/${challengeId}/ideas`, {
        title: group,
        pitch: group,
        description: everything,
        fields,
        tags: ['xss'],
      }),
    );
    ideas.push(await ok<IdeaDetail>(await crowd.post(`/ideas/${created.id}/submission`, {})));
  }
  const probe = await ok<IdeaDetail>(
    await crowd.patch(`/ideas/${draft.id}`, { title: groups[0], pitch: groups[0], description: everything }),
  );
  // Tags are words: a payload there is refused too.
  expect((await crowd.patch(`/ideas/${probe.id}`, { tags: [PAYLOADS[0]] })).status()).toBe(400);

  const [first] = ideas;
  const comment = await ok<{ id: string }>(await crowd.post(`/ideas/${first.id}/comments`, { body: everything }));
  await ok(await crowd.post(`/ideas/${first.id}/comments`, { body: accepted[0].padEnd(3), parentId: comment.id }));
  await signOut(page);

  await signInAs(page, MANAGER);
  const manager = await apiAs(page);
  await ok(await manager.put(`/ideas/${first.id}/status`, { status: 'under_review', message: everything }));
  await page.goto(`/ideas/${first.id}`);
  await expect(page.getByTestId('status-message').last()).toBeVisible();
  await expectInert(page);
  await signOut(page);

  await signInAs(page, CROWD);
  // The idea page: title, pitch, description, field values, the thread and the organisers' message.
  await page.goto(`/ideas/${first.id}`);
  await expect(page.getByTestId('page-title')).toHaveText(first.title);
  await expectInert(page);

  // The editor puts the stored text back into its inputs, and suggests the ideas above as similar.
  await page.goto(`/ideas/${probe.id}/edit`);
  await expect(page.getByTestId('idea-title')).toHaveValue(probe.title);
  await expect(page.getByTestId('similar-idea').first()).toBeVisible();
  await expectInert(page);

  // The board, as cards and as a table, and the similar-ideas panel.
  await page.goto(`/challenges/${challengeId}?tab=ideas&tag=xss`);
  await expect(page.getByTestId('idea-card')).toHaveCount(Math.min(ideas.length, 24));
  await expectInert(page);
  await page.getByTestId('board-view-list').click();
  await expect(page.getByTestId('idea-row').first()).toBeVisible();
  await expectInert(page);

  await page.goto('/ideas/mine');
  await expect(page.getByTestId('my-idea-feedback').first()).toBeVisible();
  await expectInert(page);
});
