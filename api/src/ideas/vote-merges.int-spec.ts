import type { TestingModuleBuilder } from '@nestjs/testing';
import { getEntityManagerToken } from '@nestjs/typeorm';
import { Clock, ManualClock } from '@crowdforge/api-platform';
import { VoteMerges, VoteTallies } from '@crowdforge/api-ideas';
import type { EntityManager } from 'typeorm';
import { caller } from '../challenges/challenge-fixtures';
import { createSignedIn, type SignedInPerson } from '../testing/people';
import { startTestApp, type TestApp } from '../testing/test-app';
import { leafyTeaWith } from './idea-fixtures';
import { DAY, SUPPORT, votingChallenges } from './voting-fixtures';

const HOUR = 3_600_000;

/**
 * Merging a duplicate idea moves its votes under the challenge's mode: one vote per person remains
 * on the kept idea, and the tallies of both ideas are what their rows say.
 */
describe('vote merges', () => {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;
  let entityManager: EntityManager;
  let voters: SignedInPerson[];
  let votingChallenge: ReturnType<typeof votingChallenges>;

  /** Each vote an hour after the one before, so "the later vote" is well defined. */
  const vote = async (person: SignedInPerson, ideaId: string, value: number) => {
    clock.advance(HOUR);
    const answer = await call(person, 'PUT', `/ideas/${ideaId}/vote`, { value });
    expect(answer.statusCode).toBe(200);
  };
  /** The votes so far counted first, so that any drift found afterwards is the merge's. */
  const merge = async (mergedId: string, keptId: string) => {
    await testApp.app.get(VoteTallies).flush();
    await entityManager.transaction((manager) => testApp.app.get(VoteMerges).merge(manager, mergedId, keptId));
  };
  const votesOn = async (ideaId: string) => {
    const rows: { voter_id: string; value: number }[] = await entityManager.query(
      `SELECT voter_id, value FROM idea_votes WHERE idea_id = $1`,
      [ideaId],
    );
    return Object.fromEntries(rows.map((row) => [voters.findIndex((voter) => voter.id === row.voter_id), row.value]));
  };
  const tallyOf = async (ideaId: string) => {
    const [tally] = await entityManager.query(
      `SELECT votes, ups, downs, value_sum FROM idea_tallies WHERE idea_id = $1`,
      [ideaId],
    );
    return tally;
  };
  /** A full recount finds nothing to repair: the merged tallies are what the rows say. */
  const expectNoDrift = async (challengeId: string) =>
    expect(await testApp.app.get(VoteTallies).recount(challengeId)).toEqual([]);

  beforeAll(async () => {
    testApp = await startTestApp({
      env: { VOTES_PER_MINUTE_PER_PERSON: '100000' },
      override: (builder: TestingModuleBuilder) => builder.overrideProvider(Clock).useValue(clock),
    });
    call = caller(testApp.app);
    entityManager = testApp.app.get<EntityManager>(getEntityManagerToken());
    const leafyTea = await leafyTeaWith(testApp.app, { author: 'Ada Author' });
    voters = [];
    for (let index = 0; index < 4; index++) voters.push(await createSignedIn(testApp.app, { name: `Voter ${index}` }));
    votingChallenge = votingChallenges(testApp.app, clock, {
      organisationId: leafyTea.organisationId,
      manager: leafyTea.manager,
      author: leafyTea.people.author,
      voters,
    });
  });
  afterAll(() => testApp.close());

  it('up/down: the union of voters, the later vote winning for someone who voted on both', async () => {
    const { challengeId, ideaIds } = await votingChallenge(2, { ...SUPPORT, mode: 'up_down' });
    const [kept, merged] = ideaIds;
    clock.advance(2 * DAY);
    await vote(voters[0], kept, 1);
    await vote(voters[0], merged, -1);
    await vote(voters[1], merged, 1);
    await vote(voters[1], kept, -1);
    await vote(voters[2], merged, 1);
    await vote(voters[3], kept, 1);

    await merge(merged, kept);
    expect(await votesOn(kept)).toEqual({ 0: -1, 1: -1, 2: 1, 3: 1 });
    expect(await votesOn(merged)).toEqual({});
    expect(await tallyOf(kept)).toEqual({ votes: 4, ups: 2, downs: 2, value_sum: 0 });
    expect(await tallyOf(merged)).toEqual({ votes: 0, ups: 0, downs: 0, value_sum: 0 });
    await expectNoDrift(challengeId);
  });

  it('stars: the later rating; support under a vote limit: the vote given twice comes back', async () => {
    const stars = await votingChallenge(2, { ...SUPPORT, mode: 'stars' });
    const limited = await votingChallenge(3, { ...SUPPORT, voteLimit: 2 });
    clock.advance(2 * DAY);
    await vote(voters[0], stars.ideaIds[0], 2);
    await vote(voters[0], stars.ideaIds[1], 5);
    await vote(voters[1], stars.ideaIds[1], 4);
    await vote(voters[2], stars.ideaIds[1], 1);
    await vote(voters[2], stars.ideaIds[0], 3);
    await merge(stars.ideaIds[1], stars.ideaIds[0]);
    expect(await votesOn(stars.ideaIds[0])).toEqual({ 0: 5, 1: 4, 2: 3 });
    expect(await tallyOf(stars.ideaIds[0])).toMatchObject({ votes: 3, value_sum: 12 });
    await expectNoDrift(stars.challengeId);

    await vote(voters[0], limited.ideaIds[0], 1);
    await vote(voters[0], limited.ideaIds[1], 1);
    await merge(limited.ideaIds[1], limited.ideaIds[0]);
    const mine = (await call(voters[0], 'GET', `/challenges/${limited.challengeId}/my-votes`)).json();
    expect(mine.votes).toEqual([{ ideaId: limited.ideaIds[0], value: 1 }]);
    expect(mine.votesLeft).toBe(1);
    await expectNoDrift(limited.challengeId);
  });

  it('tokens: summed and capped per idea, the excess back in the budget', async () => {
    const { challengeId, ideaIds } = await votingChallenge(3, {
      ...SUPPORT,
      mode: 'tokens',
      tokenBudget: 10,
      tokensPerIdea: 4,
    });
    const [kept, merged, other] = ideaIds;
    clock.advance(2 * DAY);
    await vote(voters[0], kept, 3);
    await vote(voters[0], merged, 3);
    await vote(voters[0], other, 4);
    await vote(voters[1], merged, 2);

    await merge(merged, kept);
    expect(await votesOn(kept)).toEqual({ 0: 4, 1: 2 });
    const mine = (await call(voters[0], 'GET', `/challenges/${challengeId}/my-votes`)).json();
    expect(mine.tokensLeft).toBe(2);
    expect(await tallyOf(kept)).toMatchObject({ votes: 2, value_sum: 6 });
    await expectNoDrift(challengeId);
  });

  it('pairwise: comparisons between the two dropped, the others now compare the kept idea', async () => {
    const { challengeId, ideaIds } = await votingChallenge(3, { ...SUPPORT, mode: 'pairwise' });
    const [kept, merged, other] = ideaIds;
    const compare = (voter: SignedInPerson, left: string, right: string, outcome: string) =>
      entityManager.query(
        `INSERT INTO idea_comparisons (id, challenge_id, voter_id, left_idea_id, right_idea_id, outcome, created_at,
                                       answered_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, now(), now())`,
        [challengeId, voter.id, left, right, outcome],
      );
    await compare(voters[0], kept, merged, 'left');
    await compare(voters[1], merged, other, 'left');
    await compare(voters[2], other, merged, 'right');
    await testApp.app.get(VoteTallies).recount(challengeId);

    await merge(merged, kept);
    const pairs: { left_idea_id: string; right_idea_id: string }[] = await entityManager.query(
      `SELECT left_idea_id, right_idea_id FROM idea_comparisons WHERE challenge_id = $1 ORDER BY voter_id`,
      [challengeId],
    );
    expect(pairs.map((pair) => [pair.left_idea_id, pair.right_idea_id].sort())).toEqual([
      [kept, other].sort(),
      [kept, other].sort(),
    ]);
    expect(await tallyOf(kept)).toMatchObject({ votes: 2, ups: 2, downs: 0 });
    expect(await tallyOf(merged)).toMatchObject({ votes: 0 });
    await expectNoDrift(challengeId);
  });

  it('refuses to merge across challenges or into itself, and changes nothing', async () => {
    const first = await votingChallenge(1);
    const second = await votingChallenge(1);
    clock.advance(2 * DAY);
    await vote(voters[0], first.ideaIds[0], 1);
    await vote(voters[1], second.ideaIds[0], 1);
    await expect(merge(second.ideaIds[0], first.ideaIds[0])).rejects.toMatchObject({ status: 409 });
    await expect(merge(first.ideaIds[0], first.ideaIds[0])).rejects.toMatchObject({ status: 409 });
    expect(await votesOn(first.ideaIds[0])).toEqual({ 0: 1 });
    expect(await votesOn(second.ideaIds[0])).toEqual({ 1: 1 });
  });
});
