import type { TestingModuleBuilder } from '@nestjs/testing';
import { Clock, KeyValueStore, ManualClock, RedisStore } from '@crowdforge/api-platform';
import { VoteTallies } from '@crowdforge/api-ideas';
import { MAX_LIVE_IDEAS, type LiveTally } from '@crowdforge/contracts';
import { randomUUID } from 'node:crypto';
import { caller } from '../challenges/challenge-fixtures';
import { openEventStream, type EventStreamReader } from '../testing/event-stream';
import { createSignedIn, type SignedInPerson } from '../testing/people';
import { startTestApp, type TestApp } from '../testing/test-app';
import { leafyTeaWith } from './idea-fixtures';
import { DAY, SUPPORT, votingChallenges } from './voting-fixtures';

// Needs a Redis: TEST_REDIS_URL, or the one on 127.0.0.1:6379 that .ci/run starts when none answers.
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/**
 * Boards follow tallies live: two API instances share one database and Redis; a board on one hears
 * the recounts of votes cast through the other. Each subscription is authorised, and blind voting
 * refuses it to all but the organisers.
 */
describe('live tallies', () => {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  // Both instances share Redis under a prefix of their own, so no other run's counters or messages meet them.
  const redisPrefix = `crowdforge-test-${randomUUID()}:`;
  const instance = (builder: TestingModuleBuilder) =>
    builder
      .overrideProvider(Clock)
      .useValue(clock)
      .overrideProvider(KeyValueStore)
      .useValue(new RedisStore(REDIS_URL, redisPrefix));
  const env = { VOTES_PER_MINUTE_PER_PERSON: '100000', REDIS_URL };
  let first: TestApp;
  let second: TestApp;
  let secondUrl: string;
  let call: ReturnType<typeof caller>;
  let manager: SignedInPerson;
  let member: SignedInPerson;
  let author: SignedInPerson;
  let voters: SignedInPerson[];
  let votingChallenge: ReturnType<typeof votingChallenges>;
  const streams: EventStreamReader[] = [];

  /** Follows `ideas` (comma-separated ids) on the second instance. */
  const follow = async (person: SignedInPerson | undefined, challengeId: string, ideas: string, query = '') => {
    const stream = await openEventStream(
      `${secondUrl}/api/v1/challenges/${challengeId}/live-tallies?ideas=${ideas}${query}`,
      person?.headers,
    );
    streams.push(stream);
    return stream;
  };
  const nextTallies = async (stream: EventStreamReader): Promise<LiveTally[]> => {
    const event = await stream.next();
    expect(event.event).toBe('tallies');
    return JSON.parse(event.data) as LiveTally[];
  };

  beforeAll(async () => {
    first = await startTestApp({ env, override: instance });
    second = await startTestApp({ env, override: instance, databaseUrl: first.database.url });
    await second.app.listen(0, '127.0.0.1');
    secondUrl = await second.app.getUrl();
    call = caller(first.app);
    const leafyTea = await leafyTeaWith(first.app, { author: 'Ada Author' });
    ({ manager, member } = leafyTea);
    author = leafyTea.people.author;
    voters = [];
    for (let index = 0; index < 3; index++) voters.push(await createSignedIn(first.app, { name: `Voter ${index}` }));
    votingChallenge = votingChallenges(first.app, clock, {
      organisationId: leafyTea.organisationId,
      manager,
      author,
      voters: [...voters, member],
    });
  });
  afterEach(async () => {
    await Promise.all(streams.splice(0).map((stream) => stream.close()));
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('sends the tallies as they are, then every recount, whichever instance counted the votes', async () => {
    const { challengeId, ideaIds } = await votingChallenge(3);
    clock.advance(2 * DAY);
    await call(voters[0], 'PUT', `/ideas/${ideaIds[0]}/vote`, {});
    await first.app.get(VoteTallies).flush();

    const board = await follow(member, challengeId, ideaIds.slice(0, 2).join(','));
    expect(board.status).toBe(200);
    const now = await nextTallies(board);
    expect(now).toHaveLength(2);
    expect(now.find((live) => live.ideaId === ideaIds[0])?.tally).toMatchObject({ mode: 'support', votes: 1 });
    expect(now.find((live) => live.ideaId === ideaIds[1])?.tally).toBeNull();

    // Votes through the first instance: the board on the second hears the recount through Redis.
    await call(voters[1], 'PUT', `/ideas/${ideaIds[1]}/vote`, {});
    await call(voters[2], 'PUT', `/ideas/${ideaIds[1]}/vote`, {});
    await first.app.get(VoteTallies).flush();
    expect(await nextTallies(board)).toEqual([
      { ideaId: ideaIds[1], tally: expect.objectContaining({ votes: 2, ups: 2 }) },
    ]);

    // An idea the board does not follow is not sent; a vote taken back is.
    await call(voters[0], 'PUT', `/ideas/${ideaIds[2]}/vote`, {});
    await call(voters[0], 'DELETE', `/ideas/${ideaIds[0]}/vote`);
    await first.app.get(VoteTallies).flush();
    expect(await nextTallies(board)).toEqual([{ ideaId: ideaIds[0], tally: null }]);
  });

  it('hears a vote by the recount timer alone: a list is stale for at most about one interval', async () => {
    const { challengeId, ideaIds } = await votingChallenge(1);
    clock.advance(2 * DAY);
    const board = await follow(member, challengeId, ideaIds[0]);
    expect(await nextTallies(board)).toEqual([{ ideaId: ideaIds[0], tally: null }]);
    await call(voters[0], 'PUT', `/ideas/${ideaIds[0]}/vote`, {});
    // No flush by hand: the instance recounts every VOTE_TALLY_INTERVAL_MS (1 s here).
    expect(await nextTallies(board)).toEqual([{ ideaId: ideaIds[0], tally: expect.objectContaining({ votes: 1 }) }]);
  });

  it('refuses members while voting is blind, and feeds the organisers', async () => {
    const { challengeId, ideaIds } = await votingChallenge(1, { ...SUPPORT, blind: true });
    clock.advance(2 * DAY);
    await call(voters[0], 'PUT', `/ideas/${ideaIds[0]}/vote`, {});
    await first.app.get(VoteTallies).flush();

    const refused = await follow(member, challengeId, ideaIds[0]);
    expect(refused.status).toBe(409);
    expect(JSON.parse(refused.refusal ?? '{}')).toMatchObject({ code: 'conflict' });
    expect(refused.refusal).not.toContain('"votes"');
    expect((await follow(undefined, challengeId, ideaIds[0])).status).toBe(409);

    const organiser = await follow(manager, challengeId, ideaIds[0]);
    expect(organiser.status).toBe(200);
    expect(await nextTallies(organiser)).toEqual([
      { ideaId: ideaIds[0], tally: expect.objectContaining({ votes: 1 }) },
    ]);
  });

  it('follows only ideas of the challenge the caller may see, and refuses bad lists', async () => {
    const { challengeId, ideaIds } = await votingChallenge(1);
    const other = await votingChallenge(1);
    const draft = (await call(author, 'POST', `/challenges/${challengeId}/ideas`, { title: 'A draft' })).json().id;
    const refusals = await Promise.all(
      [
        `${ideaIds[0]},${other.ideaIds[0]}`,
        draft,
        randomUUID(),
        '',
        'not-an-id',
        `${ideaIds[0]},${ideaIds[0]}`,
        Array.from({ length: MAX_LIVE_IDEAS + 1 }, () => randomUUID()).join(','),
      ].map((ideas) => follow(member, challengeId, ideas)),
    );
    expect(refusals.map((answer) => answer.status)).toEqual([404, 404, 404, 400, 400, 400, 400]);
    expect((await follow(member, challengeId, ideaIds[0], '&count=1')).status).toBe(400);
    expect((await follow(member, randomUUID(), ideaIds[0])).status).toBe(404);
    // The author follows their own draft.
    const own = await follow(author, challengeId, draft);
    expect(await nextTallies(own)).toEqual([{ ideaId: draft, tally: null }]);
  });
});
