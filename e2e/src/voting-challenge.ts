import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import type { SessionInfo, VotingRules } from '@crowdforge/contracts';
import { DEFAULT_VOTING_RULES } from '@crowdforge/contracts';
import { expect } from './fixtures';
import { DEMO_PASSWORD, apiAs } from './session';

const DAY = 86_400_000;

export async function ok<T>(response: APIResponse): Promise<T> {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

export interface VotingChallenge {
  id: string;
  ideaIds: string[];
}

/**
 * A challenge published by the manager signed in on `page`, taking ideas now and votes from
 * tomorrow (or now, `open`), with two ideas of the manager's and the given rules.
 */
export async function votingChallenge(
  page: Page,
  title: string,
  { rules, open = false }: { rules?: Partial<VotingRules>; open?: boolean } = {},
): Promise<VotingChallenge> {
  const manager = await apiAs(page);
  const { user } = await ok<SessionInfo>(await manager.get('/session'));
  const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  const { id } = await ok<{ id: string }>(
    await manager.post(`/organisations/${user.memberships[0].organisationId}/challenges`, {
      title,
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
  for (const ideaTitle of ['Matcha on tap', 'A tea library']) {
    const idea = await ok<{ id: string }>(await manager.post(`/challenges/${id}/ideas`, { title: ideaTitle }));
    await ok(await manager.post(`/ideas/${idea.id}/submission`, {}));
    ideaIds.push(idea.id);
  }
  if (rules) await ok(await manager.put(`/challenges/${id}/voting-rules`, { ...DEFAULT_VOTING_RULES, ...rules }));
  if (open) await ok(await manager.post(`/challenges/${id}/windows/voting/open`, {}));
  return { id, ideaIds };
}

/** A demo account signed in on its own request context (not a page's), for a second person's actions. */
export async function apiSignedIn(request: APIRequestContext, email: string) {
  await ok(await request.post('/api/v1/session', { data: { email, password: DEMO_PASSWORD } }));
  const { csrfToken } = await ok<SessionInfo>(await request.get('/api/v1/session'));
  const headers = { 'X-CSRF-Token': csrfToken };
  return {
    post: (path: string, data: object) => request.post(`/api/v1${path}`, { data, headers }),
    put: (path: string, data: object) => request.put(`/api/v1${path}`, { data, headers }),
  };
}
