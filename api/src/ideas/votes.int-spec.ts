import type { TestingModuleBuilder } from '@nestjs/testing';
import { getEntityManagerToken } from '@nestjs/typeorm';
import { Clock, ManualClock } from '@crowdforge/api-platform';
import type { EntityManager } from 'typeorm';
import { caller } from '../challenges/challenge-fixtures';
import type { SignedInPerson } from '../testing/people';
import { startTestApp, type TestApp } from '../testing/test-app';
import { leafyTeaWith } from './idea-fixtures';
import { DAY, SUPPORT, votingChallenges } from './voting-fixtures';

/** Votes: one per person and idea, in the challenge's mode, within the window, limit and budget, even when requests race. */
describe('votes', () => {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;
  let organisationId: string;
  let manager: SignedInPerson;
  let member: SignedInPerson;
  let author: SignedInPerson;
  let voter: SignedInPerson;
  let stranger: SignedInPerson;

  const sql = <T>(query: string, parameters: unknown[] = []) =>
    testApp.app.get<EntityManager>(getEntityManagerToken()).query(query, parameters) as Promise<T[]>;
  const votesOf = (person: SignedInPerson, challengeId: string) =>
    sql<{ idea_id: string }>(`SELECT idea_id FROM idea_votes WHERE voter_id = $1 AND challenge_id = $2`, [
      person.id,
      challengeId,
    ]);
  const valuesOf = async (person: SignedInPerson, challengeId: string) =>
    Object.fromEntries(
      (
        await sql<{ idea_id: string; value: number }>(
          `SELECT idea_id, value FROM idea_votes WHERE voter_id = $1 AND challenge_id = $2`,
          [person.id, challengeId],
        )
      ).map((row) => [row.idea_id, row.value]),
    );
  const at = (offset: number) => new Date(clock.now().getTime() + offset).toISOString();

  let votingChallenge: ReturnType<typeof votingChallenges>;

  beforeAll(async () => {
    testApp = await startTestApp({
      // Rate limits have their own test; here every request counts.
      env: { VOTES_PER_MINUTE_PER_PERSON: '100000' },
      override: (builder: TestingModuleBuilder) => builder.overrideProvider(Clock).useValue(clock),
    });
    call = caller(testApp.app);
    const leafyTea = await leafyTeaWith(testApp.app, {
      author: 'Ada Author',
      voter: 'Vera Voter',
      stranger: 'Sam Stranger',
    });
    ({ organisationId, manager, member } = leafyTea);
    ({ author, voter, stranger } = leafyTea.people);
    votingChallenge = votingChallenges(testApp.app, clock, { organisationId, manager, author, voters: [voter] });
  });
  afterAll(() => testApp.close());

  it('counts one vote when one person fires 50 at one idea at once, and takes it back', async () => {
    const { challengeId, ideaIds } = await votingChallenge(1);
    clock.advance(2 * DAY);
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => call(voter, 'PUT', `/ideas/${ideaIds[0]}/vote`, {})),
    );
    expect(new Set(answers.map((answer) => answer.statusCode))).toEqual(new Set([200]));
    expect(await votesOf(voter, challengeId)).toEqual([{ idea_id: ideaIds[0] }]);
    expect(answers[0].json()).toEqual({
      challengeId,
      ...SUPPORT,
      voteLimit: null,
      votes: [{ ideaId: ideaIds[0], value: 1 }],
      votesLeft: null,
      tokensLeft: null,
    });

    const withdrawn = await call(voter, 'DELETE', `/ideas/${ideaIds[0]}/vote`);
    expect(withdrawn.json().votes).toEqual([]);
    expect(await votesOf(voter, challengeId)).toEqual([]);
  });

  it('holds a limit of 3 against 20 parallel votes, and frees a vote taken back', async () => {
    const { challengeId, ideaIds } = await votingChallenge(20, { ...SUPPORT, voteLimit: 3 });
    clock.advance(2 * DAY);
    const answers = await Promise.all(ideaIds.map((ideaId) => call(voter, 'PUT', `/ideas/${ideaId}/vote`, {})));
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(3);
    expect(statuses.filter((status) => status === 409)).toHaveLength(17);
    expect(answers.find((answer) => answer.statusCode === 409)?.json().detail).toContain('all 3 of your votes');
    const voted = (await votesOf(voter, challengeId)).map((row) => row.idea_id);
    expect(voted).toHaveLength(3);

    const mine = await call(voter, 'GET', `/challenges/${challengeId}/my-votes`);
    expect(mine.json()).toMatchObject({ voteLimit: 3, votesLeft: 0 });
    expect(new Set(mine.json().votes.map((vote: { ideaId: string }) => vote.ideaId))).toEqual(new Set(voted));
    await call(voter, 'DELETE', `/ideas/${voted[0]}/vote`);
    const unvoted = ideaIds.find((ideaId) => !voted.includes(ideaId));
    const again = await call(voter, 'PUT', `/ideas/${unvoted}/vote`, {});
    expect(again.json().votesLeft).toBe(0);
    expect(await votesOf(voter, challengeId)).toHaveLength(3);
  });

  it('takes votes only while the window is open, on ideas in the running, and not from their authors', async () => {
    const { challengeId, ideaIds } = await votingChallenge(2);
    const vote = (person: SignedInPerson | undefined, ideaId = ideaIds[0]) =>
      call(person, 'PUT', `/ideas/${ideaId}/vote`, {});
    expect((await vote(voter)).statusCode).toBe(409);
    clock.advance(2 * DAY);
    expect((await vote(author)).json().detail).toBe('Authors do not vote for their own ideas in this challenge.');
    await call(manager, 'PUT', `/ideas/${ideaIds[1]}/status`, { status: 'declined', message: 'Not for now.' });
    expect((await vote(voter, ideaIds[1])).statusCode).toBe(409);
    expect((await vote(voter)).statusCode).toBe(200);
    clock.advance(7 * DAY);
    expect((await vote(voter)).json().detail).toBe('Voting is not open for this challenge.');
    expect((await call(voter, 'DELETE', `/ideas/${ideaIds[0]}/vote`)).statusCode).toBe(409);
    expect(await votesOf(voter, challengeId)).toHaveLength(1);
    expect((await vote(author)).statusCode).toBe(409);
  });

  it('lets authors vote for their own ideas where the rules allow it', async () => {
    const { ideaIds } = await votingChallenge(1, { ...SUPPORT, voteLimit: null, authorsMayVote: true });
    clock.advance(2 * DAY);
    expect((await call(author, 'PUT', `/ideas/${ideaIds[0]}/vote`, {})).statusCode).toBe(200);
  });

  it('refuses bodies, bad ids, hidden ideas and outsiders with a 4xx, changing nothing', async () => {
    const { challengeId, ideaIds } = await votingChallenge(1, undefined, { audience: 'internal' }, manager);
    clock.advance(2 * DAY);
    const url = `/ideas/${ideaIds[0]}/vote`;
    for (const body of [{ count: 5 }, { weight: 2 }, { voterId: author.id }]) {
      const answer = await call(member, 'PUT', url, body);
      expect([answer.statusCode, body]).toEqual([400, body]);
    }
    expect((await call(member, 'PUT', '/ideas/not-a-uuid/vote', {})).statusCode).toBe(400);
    expect((await call(stranger, 'PUT', url, {})).statusCode).toBe(404);
    expect((await call(undefined, 'PUT', url, {})).statusCode).toBe(401);
    expect((await call(stranger, 'GET', `/challenges/${challengeId}/my-votes`)).statusCode).toBe(404);
    expect(await sql(`SELECT 1 FROM idea_votes WHERE idea_id = $1`, [ideaIds[0]])).toEqual([]);
    expect((await call(member, 'PUT', url, {})).statusCode).toBe(200);
  });

  it('lets only the organisers set the rules, only rules that fit together, and only before voting opens', async () => {
    const { challengeId, ideaIds } = await votingChallenge(1);
    const rules = (person: SignedInPerson, body: Record<string, unknown>) =>
      call(person, 'PUT', `/challenges/${challengeId}/voting-rules`, body);
    const fiveVotes = { ...SUPPORT, voteLimit: 5 };
    expect((await rules(member, fiveVotes)).statusCode).toBe(403);
    expect((await rules(stranger, fiveVotes)).statusCode).toBe(403);
    for (const bad of [
      { ...fiveVotes, voteLimit: 0 },
      { ...fiveVotes, voteLimit: 2.5 },
      { authorsMayVote: true, mode: 'support' },
      { voteLimit: 5, mode: 'support' },
      { ...fiveVotes, mode: 'pairwise-ish' },
      { ...fiveVotes, mode: 'support', tokenBudget: 10, tokensPerIdea: 5 },
      { ...fiveVotes, mode: 'tokens', tokenBudget: 10, tokensPerIdea: 5 },
      { ...SUPPORT, voteLimit: null, mode: 'tokens', tokenBudget: 10 },
      { ...SUPPORT, voteLimit: null, mode: 'tokens', tokenBudget: 10, tokensPerIdea: 11 },
      { ...SUPPORT, voteLimit: null, mode: 'tokens', tokenBudget: -10, tokensPerIdea: 1 },
      { ...fiveVotes, weight: 2 },
      { ...fiveVotes, mode: 'stars', supportThreshold: 10 },
      { ...fiveVotes, supportThreshold: 0 },
      { ...fiveVotes, blind: 'yes' },
    ]) {
      expect([(await rules(manager, bad)).statusCode, bad]).toEqual([400, bad]);
    }
    expect((await rules(manager, { voteLimit: 5, authorsMayVote: true, mode: 'stars' })).json()).toEqual({
      mode: 'stars',
      voteLimit: 5,
      authorsMayVote: true,
      tokenBudget: null,
      tokensPerIdea: null,
      blind: false,
      supportThreshold: null,
    });
    clock.advance(2 * DAY);
    expect((await rules(manager, { ...fiveVotes, voteLimit: 9 })).statusCode).toBe(409);
    expect((await call(voter, 'PUT', `/ideas/${ideaIds[0]}/vote`, { value: 4 })).statusCode).toBe(200);
    expect(
      await sql(`SELECT mode, vote_limit FROM challenge_voting_rules WHERE challenge_id = $1`, [challengeId]),
    ).toEqual([{ mode: 'stars', vote_limit: 5 }]);

    // Moving the voting window later does not reopen the rules once people have voted.
    const moved = await call(manager, 'PATCH', `/challenges/${challengeId}`, {
      windows: [{ kind: 'voting', opensAt: at(DAY), closesAt: at(8 * DAY) }],
      changeSummary: 'Voting starts a day later',
    });
    expect(moved.statusCode).toBe(200);
    expect((await rules(manager, { ...fiveVotes, voteLimit: 9 })).statusCode).toBe(409);
  });

  it('counts up and down votes one per person, and lets a vote change its mind', async () => {
    const { challengeId, ideaIds } = await votingChallenge(2, { ...SUPPORT, mode: 'up_down', voteLimit: null });
    clock.advance(2 * DAY);
    const vote = (ideaId: string, value: number) => call(voter, 'PUT', `/ideas/${ideaId}/vote`, { value });
    for (const value of [0, 2, 5, 0.5]) expect((await vote(ideaIds[0], value)).statusCode).toBe(400);
    expect((await vote(ideaIds[0], 2)).json().detail).toBe('A vote in this challenge is 1 (for) or -1 (against).');
    expect((await call(voter, 'PUT', `/ideas/${ideaIds[0]}/vote`, {})).statusCode).toBe(200);
    expect((await vote(ideaIds[1], -1)).statusCode).toBe(200);
    const changes = await Promise.all([-1, -1, -1, -1, -1].map((value) => vote(ideaIds[0], value)));
    expect(changes.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(await valuesOf(voter, challengeId)).toEqual({ [ideaIds[0]]: -1, [ideaIds[1]]: -1 });
    const mine = await call(voter, 'GET', `/challenges/${challengeId}/my-votes`);
    expect(mine.json().votes).toEqual(
      expect.arrayContaining([
        { ideaId: ideaIds[0], value: -1 },
        { ideaId: ideaIds[1], value: -1 },
      ]),
    );
    expect(mine.json().votes).toHaveLength(2);
  });

  it('takes 1 to 5 stars, a new rating replacing the old, within the limit of rated ideas', async () => {
    const { challengeId, ideaIds } = await votingChallenge(3, { ...SUPPORT, mode: 'stars', voteLimit: 2 });
    clock.advance(2 * DAY);
    const rate = (ideaId: string, value: number) => call(voter, 'PUT', `/ideas/${ideaId}/vote`, { value });
    for (const value of [0, 6, -1, 3.5]) expect((await rate(ideaIds[0], value)).statusCode).toBe(400);
    expect((await rate(ideaIds[0], 2)).statusCode).toBe(200);
    expect((await rate(ideaIds[1], 5)).json()).toMatchObject({ votesLeft: 0 });
    expect((await rate(ideaIds[2], 4)).statusCode).toBe(409);
    expect((await rate(ideaIds[0], 4)).statusCode).toBe(200);
    expect(await valuesOf(voter, challengeId)).toEqual({ [ideaIds[0]]: 4, [ideaIds[1]]: 5 });
  });

  it('keeps a token budget and a per-idea cap, even against parallel allocations', async () => {
    const tokens = { ...SUPPORT, mode: 'tokens', voteLimit: null, tokenBudget: 10, tokensPerIdea: 4 };
    const { challengeId, ideaIds } = await votingChallenge(6, tokens);
    const place = (ideaId: string, value: unknown) => call(voter, 'PUT', `/ideas/${ideaId}/vote`, { value });
    expect((await place(ideaIds[0], 2)).json().detail).toBe('Voting is not open for this challenge.');
    clock.advance(2 * DAY);
    for (const value of [5, 0, -1, 1.5, '3', 1e9]) {
      expect([(await place(ideaIds[0], value)).statusCode, value]).toEqual([400, value]);
    }
    expect((await place(ideaIds[0], 5)).json().detail).toBe('A vote in this challenge puts 1 to 4 tokens on an idea.');
    expect(await valuesOf(voter, challengeId)).toEqual({});

    // Six ideas at 3 tokens each, all at once: only three allocations fit in a budget of 10.
    const answers = await Promise.all(ideaIds.map((ideaId) => place(ideaId, 3)));
    expect(answers.filter((answer) => answer.statusCode === 200)).toHaveLength(3);
    expect(answers.filter((answer) => answer.statusCode === 409)).toHaveLength(3);
    const placed = await valuesOf(voter, challengeId);
    expect(Object.values(placed)).toEqual([3, 3, 3]);
    const [first, second] = Object.keys(placed);
    const unplaced = ideaIds.filter((ideaId) => !(ideaId in placed));

    const mine = await call(voter, 'GET', `/challenges/${challengeId}/my-votes`);
    expect(mine.json()).toMatchObject({ tokenBudget: 10, tokensPerIdea: 4, tokensLeft: 1, votesLeft: null });
    expect((await place(unplaced[0], 2)).json().detail).toBe(
      'You have 1 of your 10 tokens left for this idea: take tokens back from another idea to put more here.',
    );
    expect((await place(first, 4)).json()).toMatchObject({ tokensLeft: 0 });
    expect((await place(second, 1)).json()).toMatchObject({ tokensLeft: 2 });
    expect((await place(unplaced[0], 2)).json()).toMatchObject({ tokensLeft: 0 });
    await call(voter, 'DELETE', `/ideas/${first}/vote`);
    expect(
      (
        await sql<{ total: number }>(`SELECT sum(value)::int AS total FROM idea_votes WHERE challenge_id = $1`, [
          challengeId,
        ])
      )[0],
    ).toEqual({ total: 6 });
  });
});
