import type { TestingModuleBuilder } from '@nestjs/testing';
import { Clock, ManualClock } from '@crowdforge/api-platform';
import { VoteTallies } from '@crowdforge/api-ideas';
import { caller } from '../challenges/challenge-fixtures';
import { createSignedIn, type SignedInPerson } from '../testing/people';
import { startTestApp, type TestApp } from '../testing/test-app';
import { leafyTeaWith } from './idea-fixtures';
import { DAY, SUPPORT, votingChallenges } from './voting-fixtures';

/** Keys that only a tally, a count of votes or a ranking carries. */
const TALLY_KEYS = ['tally', 'ups', 'downs', 'valueSum', 'rank', 'bestRank', 'worstRank', 'topK'];

/** Where in `value` a tally shows: a tally key with a value, or a positive count of votes. */
function talliesIn(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => talliesIn(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const here = `${path}.${key}`;
    if (TALLY_KEYS.includes(key) && item !== null) return [here];
    if (key === 'votes' && typeof item === 'number' && item > 0) return [here];
    return talliesIn(item, here);
  });
}

/** Query parameters the operations need beyond their path. */
const QUERIES: Record<string, string> = {
  ideas_similar: 'text=Tea idea',
  ideas_mentionCandidates: 'q=vo',
};
/** Not member-facing: the platform admins' outbox, and the health checks. */
const NOT_MEMBER_FACING = ['outbox_list', 'outbox_get', 'health_live', 'health_ready'];

/**
 * Blind voting: every operation a member (a voter, an author, an anonymous visitor) can call is
 * called while voting is open, and no answer carries a tally, a count of votes or a rank. The
 * organisers see them; after voting closes, so does everyone.
 */
describe('blind voting', () => {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;

  beforeAll(async () => {
    testApp = await startTestApp({
      env: { VOTES_PER_MINUTE_PER_PERSON: '100000' },
      override: (builder: TestingModuleBuilder) => builder.overrideProvider(Clock).useValue(clock),
    });
    call = caller(testApp.app);
  });
  afterAll(() => testApp.close());

  it('shows no tally in any answer to a member until voting closes', async () => {
    const { organisationId, manager, people } = await leafyTeaWith(testApp.app, { author: 'Ada Author' });
    const voters: SignedInPerson[] = [];
    for (let index = 0; index < 3; index++) voters.push(await createSignedIn(testApp.app, { name: `Voter ${index}` }));
    const { challengeId, ideaIds } = await votingChallenges(testApp.app, clock, {
      organisationId,
      manager,
      author: people.author,
      voters,
    })(2, { ...SUPPORT, blind: true, supportThreshold: 2 });
    clock.advance(2 * DAY);
    for (const voter of voters) {
      const voted = await call(voter, 'PUT', `/ideas/${ideaIds[0]}/vote`, {});
      expect(talliesIn(voted.json())).toEqual([]);
    }
    await call(voters[0], 'PUT', `/ideas/${ideaIds[1]}/vote`, {});
    await testApp.app.get(VoteTallies).flush();
    await call(people.author, 'POST', `/ideas/${ideaIds[0]}/comments`, { body: 'Thanks for the support!' });

    const document = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      methods['get'] && !NOT_MEMBER_FACING.includes(methods['get'].operationId)
        ? [{ path, operationId: methods['get'].operationId }]
        : [],
    );
    const urlOf = (path: string, operationId: string) => {
      const filled = path
        .replace('/api/v1', '')
        .replace('{challengeId}', challengeId)
        .replace('{ideaId}', ideaIds[0])
        .replace('{organisationId}', organisationId)
        .replace('{number}', '1')
        // Files are served as files, never as JSON with a tally; review rounds and reviews belong to the
        // organisers and reviewers only (the members here are neither): a missing one answers 404.
        .replace(/\{(attachmentId|coverId|roundId|reviewId)\}/, '00000000-0000-4000-8000-000000000000');
      expect([operationId, filled]).not.toEqual([operationId, expect.stringContaining('{')]);
      const query = [operationId === 'votes_liveTallies' ? `ideas=${ideaIds.join(',')}` : '', QUERIES[operationId]]
        .filter(Boolean)
        .join('&');
      return query ? `${filled}?${query}` : filled;
    };

    const answered: Record<string, number[]> = {};
    const leaks: string[] = [];
    for (const person of [voters[0], people.author, undefined]) {
      for (const { path, operationId } of operations) {
        const answer = await call(person, 'GET', urlOf(path, operationId));
        (answered[operationId] ??= []).push(answer.statusCode);
        if (answer.statusCode < 300 && answer.headers['content-type']?.toString().includes('json'))
          leaks.push(...talliesIn(answer.json()).map((where) => `${operationId} ${where}`));
      }
    }
    expect(leaks).toEqual([]);
    // The operations that show tallies once they may were answered, not refused for another reason.
    expect(answered['ideas_get']).toEqual([200, 200, 200]);
    expect(answered['ideas_list']).toEqual([200, 200, 200]);
    expect(answered['challenges_get']).toEqual([200, 200, 200]);
    expect(answered['votes_liveTallies']).toEqual([409, 409, 409]);
    expect(answered['ideas_ranking']).toEqual([409, 409, 409]);

    // The organisers see the tallies; the threshold waits for the close.
    expect(talliesIn((await call(manager, 'GET', `/ideas/${ideaIds[0]}`)).json())).toEqual(['$.tally']);
    expect((await call(manager, 'GET', `/challenges/${challengeId}`)).json().figures.votes).toBe(4);
    expect((await call(people.author, 'GET', `/ideas/${ideaIds[0]}`)).json().status).toBe('submitted');

    clock.advance(8 * DAY);
    expect((await call(voters[0], 'GET', `/ideas/${ideaIds[0]}`)).json().tally).toMatchObject({ votes: 3 });
    expect((await call(undefined, 'GET', `/challenges/${challengeId}`)).json().figures.votes).toBe(4);
  });
});
