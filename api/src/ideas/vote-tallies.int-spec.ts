import type { TestingModuleBuilder } from '@nestjs/testing';
import { getEntityManagerToken } from '@nestjs/typeorm';
import { Clock, ManualClock } from '@crowdforge/api-platform';
import { VoteTallies } from '@crowdforge/api-ideas';
import type { EntityManager } from 'typeorm';
import { caller } from '../challenges/challenge-fixtures';
import { createSignedIn, type SignedInPerson } from '../testing/people';
import { startTestApp, type TestApp } from '../testing/test-app';
import { leafyTeaWith } from './idea-fixtures';
import { DAY, SUPPORT, votingChallenges } from './voting-fixtures';

/**
 * Tallies and rankings are counted from the vote rows a moment after votes change: after a flush
 * they match the rows, the list orders by them, blind voting hides them from all but the
 * organisers until it closes, thresholds move ideas on once, and reconciliation repairs drift.
 */
describe('vote tallies', () => {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;
  let tallies: VoteTallies;
  let manager: SignedInPerson;
  let member: SignedInPerson;
  let author: SignedInPerson;
  let voters: SignedInPerson[];
  let votingChallenge: ReturnType<typeof votingChallenges>;

  const sql = <T>(query: string, parameters: unknown[] = []) =>
    testApp.app.get<EntityManager>(getEntityManagerToken()).query(query, parameters) as Promise<T[]>;
  const vote = (person: SignedInPerson, ideaId: string, value?: number) =>
    call(person, 'PUT', `/ideas/${ideaId}/vote`, value === undefined ? {} : { value });
  const list = (person: SignedInPerson | undefined, challengeId: string, sort: string) =>
    call(person, 'GET', `/challenges/${challengeId}/ideas?sort=${sort}`);
  const titlesOf = async (person: SignedInPerson | undefined, challengeId: string, sort: string) =>
    (await list(person, challengeId, sort)).json().items.map((idea: { title: string }) => idea.title);

  beforeAll(async () => {
    testApp = await startTestApp({
      // Rate limits have their own test; here every request counts.
      env: { VOTES_PER_MINUTE_PER_PERSON: '100000' },
      override: (builder: TestingModuleBuilder) => builder.overrideProvider(Clock).useValue(clock),
    });
    call = caller(testApp.app);
    tallies = testApp.app.get(VoteTallies);
    const leafyTea = await leafyTeaWith(testApp.app, { author: 'Ada Author' });
    ({ manager, member } = leafyTea);
    author = leafyTea.people.author;
    voters = [];
    for (let index = 0; index < 4; index++) voters.push(await createSignedIn(testApp.app, { name: `Voter ${index}` }));
    votingChallenge = votingChallenges(testApp.app, clock, {
      organisationId: leafyTea.organisationId,
      manager,
      author,
      voters: [...voters, member],
    });
  });
  afterAll(() => testApp.close());

  it('counts the votes a moment later, orders the board by them, and pages through the order', async () => {
    const { challengeId, ideaIds } = await votingChallenge(3, { ...SUPPORT, mode: 'up_down' });
    clock.advance(2 * DAY);
    // Idea 2: three for; idea 1: one for, one against; idea 0: two against.
    for (const voter of voters.slice(0, 3)) await vote(voter, ideaIds[2], 1);
    await vote(voters[0], ideaIds[1], 1);
    await vote(voters[1], ideaIds[1], -1);
    await vote(voters[2], ideaIds[0], -1);
    await vote(voters[3], ideaIds[0], -1);
    await tallies.flush();

    const idea = (await call(member, 'GET', `/ideas/${ideaIds[2]}`)).json();
    expect(idea.tally).toMatchObject({ mode: 'up_down', votes: 3, ups: 3, downs: 0, valueSum: 3 });
    expect(idea.tally.lower).toBeCloseTo(0.4385, 3);
    expect(idea.tally.score).toBe(idea.tally.lower);
    expect(await titlesOf(member, challengeId, 'top')).toEqual(['Tea idea 2', 'Tea idea 1', 'Tea idea 0']);
    const firstPage = (await call(member, 'GET', `/challenges/${challengeId}/ideas?sort=top&limit=2`)).json();
    expect(firstPage.items.map((item: { title: string }) => item.title)).toEqual(['Tea idea 2', 'Tea idea 1']);
    const rest = await call(
      member,
      'GET',
      `/challenges/${challengeId}/ideas?sort=top&limit=2&cursor=${firstPage.nextCursor}`,
    );
    expect(rest.json().items.map((item: { title: string }) => item.title)).toEqual(['Tea idea 0']);
    expect(
      (await call(member, 'GET', `/challenges/${challengeId}/ideas?sort=newest&cursor=${firstPage.nextCursor}`))
        .statusCode,
    ).toBe(400);

    // A vote changed and one taken back are counted at the next flush too.
    await vote(voters[1], ideaIds[1], 1);
    await call(voters[0], 'DELETE', `/ideas/${ideaIds[2]}/vote`);
    await tallies.flush();
    const counted = await sql(`SELECT t.votes, t.ups, t.downs FROM idea_tallies t WHERE t.idea_id = $1`, [ideaIds[1]]);
    expect(counted).toEqual([{ votes: 2, ups: 2, downs: 0 }]);
    expect((await call(member, 'GET', `/challenges/${challengeId}`)).json().figures.votes).toBe(6);
  });

  it('ranks the ideas in the running with the ranks their uncertainty allows', async () => {
    const { challengeId, ideaIds } = await votingChallenge(3, { ...SUPPORT, mode: 'up_down' });
    clock.advance(2 * DAY);
    for (const voter of [...voters, member]) await vote(voter, ideaIds[0], 1);
    await vote(voters[0], ideaIds[1], 1);
    await vote(voters[1], ideaIds[1], -1);
    for (const voter of [...voters, member]) await vote(voter, ideaIds[2], -1);
    await tallies.flush();
    const ranking = (await call(undefined, 'GET', `/challenges/${challengeId}/ranking?k=1`)).json();
    expect(ranking.k).toBe(1);
    expect(
      ranking.items.map(
        (item: { idea: { title: string }; rank: number; bestRank: number; worstRank: number; topK: string }) => [
          item.idea.title,
          item.rank,
          item.bestRank,
          item.worstRank,
          item.topK,
        ],
      ),
    ).toEqual([
      ['Tea idea 0', 1, 1, 2, 'possible'],
      ['Tea idea 1', 2, 1, 3, 'possible'],
      ['Tea idea 2', 3, 2, 3, 'out'],
    ]);
    expect(ranking.items[0].idea.tally).toMatchObject({ votes: 5, ups: 5 });
    for (const bad of ['k=0', 'k=101', 'k=two', 'k=1&sort=top']) {
      expect([bad, (await call(member, 'GET', `/challenges/${challengeId}/ranking?${bad}`)).statusCode]).toEqual([
        bad,
        400,
      ]);
    }
  });

  it('ranks stars by their Bayesian average, so one 5-star rating does not beat many 4s', async () => {
    const { challengeId, ideaIds } = await votingChallenge(2, { ...SUPPORT, mode: 'stars' });
    clock.advance(2 * DAY);
    await vote(voters[0], ideaIds[0], 5);
    for (const voter of voters) await vote(voter, ideaIds[1], 4);
    await tallies.flush();
    expect(await titlesOf(member, challengeId, 'top')).toEqual(['Tea idea 1', 'Tea idea 0']);
    const [single] = (await list(member, challengeId, 'top')).json().items.slice(-1);
    expect(single.tally).toMatchObject({ votes: 1, valueSum: 5 });
    expect(single.tally.score).toBeCloseTo((3 * 5 + 5) / 6, 6);
  });

  it('trends by recent votes in favour: a newer vote outweighs an older one', async () => {
    const { challengeId, ideaIds } = await votingChallenge(2, SUPPORT);
    clock.advance(2 * DAY);
    await vote(voters[0], ideaIds[0]);
    await vote(voters[1], ideaIds[0]);
    clock.advance(5 * DAY);
    await vote(voters[2], ideaIds[1]);
    await vote(voters[3], ideaIds[1]);
    await vote(member, ideaIds[1]);
    await tallies.flush();
    expect(await titlesOf(member, challengeId, 'trending')).toEqual(['Tea idea 1', 'Tea idea 0']);
    expect(await titlesOf(member, challengeId, 'top')).toEqual(['Tea idea 1', 'Tea idea 0']);
  });

  it('hides tallies and vote orders from all but the organisers until blind voting closes', async () => {
    const { challengeId, ideaIds } = await votingChallenge(2, { ...SUPPORT, blind: true });
    clock.advance(2 * DAY);
    await vote(voters[0], ideaIds[1]);
    await vote(voters[1], ideaIds[1]);
    await tallies.flush();
    for (const person of [member, voters[0], author, undefined]) {
      const idea = (await call(person, 'GET', `/ideas/${ideaIds[1]}`)).json();
      expect([person?.id, idea.tally]).toEqual([person?.id, null]);
      const listed = (await list(person, challengeId, 'newest')).json();
      expect(listed.items.map((item: { tally: unknown }) => item.tally)).toEqual([null, null]);
      for (const sort of ['top', 'trending']) {
        const refused = await list(person, challengeId, sort);
        expect([sort, refused.statusCode, refused.json().detail]).toEqual([
          sort,
          409,
          'Voting is blind until it closes: ideas are not ordered by votes yet.',
        ]);
      }
    }
    expect((await call(author, 'GET', '/me/ideas')).json().items[0].tally).toBeNull();
    expect((await call(manager, 'GET', `/ideas/${ideaIds[1]}`)).json().tally).toMatchObject({ votes: 2 });
    expect(await titlesOf(manager, challengeId, 'top')).toEqual(['Tea idea 1', 'Tea idea 0']);
    expect((await call(manager, 'GET', `/challenges/${challengeId}/ranking`)).json().items).toHaveLength(2);

    clock.advance(7 * DAY);
    expect((await call(member, 'GET', `/ideas/${ideaIds[1]}`)).json().tally).toMatchObject({ votes: 2 });
    expect(await titlesOf(member, challengeId, 'top')).toEqual(['Tea idea 1', 'Tea idea 0']);
  });

  it('moves an idea to review once when it reaches the threshold, and tells its author and organisers', async () => {
    const { ideaIds } = await votingChallenge(1, { ...SUPPORT, supportThreshold: 2 });
    clock.advance(2 * DAY);
    await vote(voters[0], ideaIds[0]);
    await tallies.flush();
    expect((await call(member, 'GET', `/ideas/${ideaIds[0]}`)).json().status).toBe('submitted');
    await vote(voters[1], ideaIds[0]);
    await vote(voters[2], ideaIds[0]);
    // Several instances may recount the same idea at once: it moves once.
    await Promise.all([tallies.flush(), tallies.recount(await ideaChallenge(ideaIds[0]), [ideaIds[0]])]);
    await tallies.recount(await ideaChallenge(ideaIds[0]));

    const idea = (await call(author, 'GET', `/ideas/${ideaIds[0]}`)).json();
    expect(idea.status).toBe('under_review');
    expect(idea.history.map((change: { to: string }) => change.to)).toEqual(['submitted', 'under_review']);
    expect(idea.history[1].message).toMatch(/people voted for this idea: it goes to the organisers for review/);
    for (const person of [author, manager]) {
      const inbox = (await call(person, 'GET', '/me/notifications')).json();
      const reached = inbox.items.filter((item: { type: string }) => item.type === 'threshold_reached');
      expect([person.id, reached.length]).toEqual([person.id, 1]);
    }
    expect(
      await sql(`SELECT action, actor_id FROM audit_log WHERE object_id = $1 AND action = 'idea.threshold_reached'`, [
        ideaIds[0],
      ]),
    ).toHaveLength(1);
  });

  it('checks the threshold of blind voting only when voting closes', async () => {
    const { challengeId, ideaIds } = await votingChallenge(1, { ...SUPPORT, blind: true, supportThreshold: 1 });
    clock.advance(2 * DAY);
    await vote(voters[0], ideaIds[0]);
    await tallies.flush();
    expect((await call(member, 'GET', `/ideas/${ideaIds[0]}`)).json().status).toBe('submitted');
    await tallies.votingClosed(challengeId);
    expect((await call(member, 'GET', `/ideas/${ideaIds[0]}`)).json().status).toBe('under_review');
  });

  it('finds tallies that drifted from the vote rows, repairs them and says how many', async () => {
    const { challengeId, ideaIds } = await votingChallenge(2, SUPPORT);
    clock.advance(2 * DAY);
    await vote(voters[0], ideaIds[0]);
    await vote(voters[1], ideaIds[0]);
    await tallies.flush();
    expect(await tallies.reconcile()).toBe(0);

    await sql(`UPDATE idea_tallies SET votes = 40, ups = 40, score = 40 WHERE idea_id = $1`, [ideaIds[0]]);
    await sql(`UPDATE ideas SET vote_score = 40 WHERE id = $1`, [ideaIds[0]]);
    // A vote written behind the platform's back (as if its instance died before counting it).
    await sql(
      `INSERT INTO idea_votes (idea_id, voter_id, challenge_id, value, created_at, updated_at) VALUES ($1, $2, $3, 1, $4, $4)`,
      [ideaIds[1], voters[2].id, challengeId, clock.now()],
    );
    expect(await tallies.reconcile()).toBe(2);
    expect(
      await sql(`SELECT idea_id, votes FROM idea_tallies WHERE challenge_id = $1 ORDER BY votes DESC`, [challengeId]),
    ).toEqual([
      { idea_id: ideaIds[0], votes: 2 },
      { idea_id: ideaIds[1], votes: 1 },
    ]);
    expect(await sql(`SELECT vote_score FROM ideas WHERE id = $1`, [ideaIds[0]])).toEqual([{ vote_score: 2 }]);
    expect(await tallies.reconcile()).toBe(0);
  });

  async function ideaChallenge(ideaId: string): Promise<string> {
    const [row] = await sql<{ challenge_id: string }>(`SELECT challenge_id FROM ideas WHERE id = $1`, [ideaId]);
    return row.challenge_id;
  }
});
