import type { TestingModuleBuilder } from '@nestjs/testing';
import { getEntityManagerToken } from '@nestjs/typeorm';
import { Clock, ManualClock } from '@crowdforge/api-platform';
import type { EntityManager } from 'typeorm';
import { caller } from '../challenges/challenge-fixtures';
import { createSignedIn } from '../testing/people';
import { startTestApp, type TestApp } from '../testing/test-app';
import { leafyTeaWith } from './idea-fixtures';
import { DAY, votingChallenges } from './voting-fixtures';

/** Votes are rate-limited per person and per client address (here 3 and 5 a minute). */
describe('vote rate limits', () => {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({
      env: { VOTES_PER_MINUTE_PER_PERSON: '3', VOTES_PER_MINUTE_PER_IP: '5' },
      override: (builder: TestingModuleBuilder) => builder.overrideProvider(Clock).useValue(clock),
    });
  });
  afterAll(() => testApp.close());

  it('answers 429 with Retry-After past the limits, and stores nothing more', async () => {
    const call = caller(testApp.app);
    const { organisationId, manager, people } = await leafyTeaWith(testApp.app, { author: 'Ada Author' });
    const first = await createSignedIn(testApp.app, { name: 'First Voter' });
    const second = await createSignedIn(testApp.app, { name: 'Second Voter' });
    const votingChallenge = votingChallenges(testApp.app, clock, {
      organisationId,
      manager,
      author: people.author,
      voters: [first, second],
    });
    const { challengeId, ideaIds } = await votingChallenge(4);
    clock.advance(2 * DAY);

    const byFirst = await Promise.all(ideaIds.map((ideaId) => call(first, 'PUT', `/ideas/${ideaId}/vote`, {})));
    expect(byFirst.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 200, 429]);
    const refused = byFirst.find((answer) => answer.statusCode === 429);
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused?.json().code).toBe('rate_limited');

    // The address has sent 3 of its 5 counted votes (the refused one stopped at the person's limit).
    expect((await call(second, 'PUT', `/ideas/${ideaIds[0]}/vote`, {})).statusCode).toBe(200);
    expect((await call(second, 'DELETE', `/ideas/${ideaIds[0]}/vote`)).statusCode).toBe(200);
    expect((await call(second, 'PUT', `/ideas/${ideaIds[1]}/vote`, {})).statusCode).toBe(429);

    const stored = await testApp.app
      .get<EntityManager>(getEntityManagerToken())
      .query(`SELECT voter_id FROM idea_votes WHERE challenge_id = $1`, [challengeId]);
    expect(stored).toHaveLength(3);
  });
});
