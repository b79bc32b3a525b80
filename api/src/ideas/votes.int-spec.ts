import type { TestingModuleBuilder } from '@nestjs/testing';
import { getEntityManagerToken } from '@nestjs/typeorm';
import { Clock, ManualClock } from '@crowdforge/api-platform';
import type { EntityManager } from 'typeorm';
import { caller, publishedChallenge } from '../challenges/challenge-fixtures';
import type { SignedInPerson } from '../testing/people';
import { startTestApp, type TestApp } from '../testing/test-app';
import { leafyTeaWith } from './idea-fixtures';

/** Support votes: one per person and idea, within the window and the limit, even when requests race. */
describe('support votes', () => {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  const DAY = 86_400_000;
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
  const at = (offset: number) => new Date(clock.now().getTime() + offset).toISOString();

  /** Ideas open for votes from tomorrow for a week; `ideas` submitted by the author; rules set before. */
  async function votingChallenge(ideas: number, rules?: Record<string, unknown>, overrides = {}, by = author) {
    const challengeId = await publishedChallenge(testApp.app, manager, organisationId, {
      windows: [
        { kind: 'submission', opensAt: at(-DAY), closesAt: null },
        { kind: 'voting', opensAt: at(DAY), closesAt: at(8 * DAY) },
      ],
      ...overrides,
    });
    if (rules)
      expect((await call(manager, 'PUT', `/challenges/${challengeId}/voting-rules`, rules)).statusCode).toBe(200);
    for (const person of new Set([by, voter])) {
      await call(person, 'POST', `/challenges/${challengeId}/participation`, { answers: {}, acceptLicenceVersion: 1 });
    }
    const ideaIds: string[] = [];
    for (let index = 0; index < ideas; index++) {
      const idea = await call(by, 'POST', `/challenges/${challengeId}/ideas`, { title: `Tea idea ${index}` });
      expect((await call(by, 'POST', `/ideas/${idea.json().id}/submission`, {})).statusCode).toBe(200);
      ideaIds.push(idea.json().id);
    }
    return { challengeId, ideaIds };
  }

  beforeAll(async () => {
    testApp = await startTestApp({
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
      ideaIds,
      voteLimit: null,
      authorsMayVote: false,
      votesLeft: null,
    });

    const withdrawn = await call(voter, 'DELETE', `/ideas/${ideaIds[0]}/vote`);
    expect(withdrawn.json().ideaIds).toEqual([]);
    expect(await votesOf(voter, challengeId)).toEqual([]);
  });

  it('holds a limit of 3 against 20 parallel votes, and frees a vote taken back', async () => {
    const { challengeId, ideaIds } = await votingChallenge(20, { voteLimit: 3, authorsMayVote: false });
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
    expect(new Set(mine.json().ideaIds)).toEqual(new Set(voted));
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
    const { ideaIds } = await votingChallenge(1, { voteLimit: null, authorsMayVote: true });
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

  it('lets only the organisers set the rules, and only before voting opens', async () => {
    const { challengeId } = await votingChallenge(0);
    const rules = (person: SignedInPerson, body: Record<string, unknown>) =>
      call(person, 'PUT', `/challenges/${challengeId}/voting-rules`, body);
    expect((await rules(member, { voteLimit: 5, authorsMayVote: false })).statusCode).toBe(403);
    expect((await rules(stranger, { voteLimit: 5, authorsMayVote: false })).statusCode).toBe(403);
    for (const bad of [
      { voteLimit: 0, authorsMayVote: false },
      { voteLimit: 2.5, authorsMayVote: false },
      { authorsMayVote: true },
      { voteLimit: 5 },
    ]) {
      expect([(await rules(manager, bad)).statusCode, bad]).toEqual([400, bad]);
    }
    expect((await rules(manager, { voteLimit: 5, authorsMayVote: true })).json()).toEqual({
      voteLimit: 5,
      authorsMayVote: true,
    });
    clock.advance(2 * DAY);
    expect((await rules(manager, { voteLimit: 9, authorsMayVote: true })).statusCode).toBe(409);
    expect(await sql(`SELECT vote_limit FROM challenge_voting_rules WHERE challenge_id = $1`, [challengeId])).toEqual([
      { vote_limit: 5 },
    ]);
  });
});
