import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SignedInPerson } from '../testing/people';

/** A complete brief that may be published at once; override any part. */
export function completeBrief(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Invent a new way to drink tea',
    tagline: 'Surprise us',
    language: 'en',
    brief: {
      problem: 'Fewer people under 30 drink tea at home; we want to know why and what would change that.',
      background: 'We tried cold brew.',
      objectives: 'Three prototypes.',
      constraints: 'No single-use plastic.',
      rewards: 'A year of tea.',
    },
    objectiveTarget: '3 prototypes by June',
    criteria: [
      { name: 'Desirability', guidance: 'Would people love it?', weight: 3 },
      { name: 'Feasibility', guidance: 'Can we make it?', weight: 1 },
    ],
    licence: { kind: 'cc_by_4', text: '' },
    themes: ['Tea', 'product'],
    windows: [{ kind: 'submission', opensAt: '2026-01-01T00:00:00.000Z', closesAt: null }],
    ...overrides,
  };
}

export function caller(app: NestFastifyApplication) {
  return (
    person: SignedInPerson | undefined,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) => app.inject({ method, url: `/api/v1${url}`, headers: person?.headers ?? {}, ...(payload && { payload }) });
}

/** Creates and publishes a challenge as `manager` in `organisationId`; returns its id. */
export async function publishedChallenge(
  app: NestFastifyApplication,
  manager: SignedInPerson,
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const call = caller(app);
  const created = await call(manager, 'POST', `/organisations/${organisationId}/challenges`, completeBrief(overrides));
  if (created.statusCode !== 201) throw new Error(`create failed: ${created.statusCode} ${created.body}`);
  const id: string = created.json().id;
  const published = await call(manager, 'POST', `/challenges/${id}/publish`);
  if (published.statusCode !== 200) throw new Error(`publish failed: ${published.statusCode} ${published.body}`);
  return id;
}
