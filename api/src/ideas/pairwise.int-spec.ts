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

const PAIRWISE = { ...SUPPORT, mode: 'pairwise' };

interface Prompt {
  promptId: string;
  left: { id: string; title: string };
  right: { id: string; title: string };
  compared: number;
}

/**
 * Pairwise voting: prompts with ids make answers idempotent, pairs are never repeated, only the
 * audience answers while voting is open, only ideas in the running, visible and not one's own are
 * compared, and the Bradley–Terry recount orders the ideas (hidden in blind voting).
 */
describe('pairwise voting', () => {
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
  const pair = (person: SignedInPerson, challengeId: string) => call(person, 'GET', `/challenges/${challengeId}/pair`);
  const answer = (person: SignedInPerson, challengeId: string, body: object) =>
    call(person, 'POST', `/challenges/${challengeId}/comparisons`, body);
  const comparisonsIn = (challengeId: string) =>
    sql<{ voter_id: string; outcome: string | null }>(
      `SELECT voter_id, outcome FROM idea_comparisons WHERE challenge_id = $1 ORDER BY created_at, id`,
      [challengeId],
    );
  const answered = async (challengeId: string) =>
    (await comparisonsIn(challengeId)).filter((row) => row.outcome !== null).length;
  /** Answers every pair put to `person`, preferring the idea `prefer` ranks higher; returns the pairs seen. */
  const answerAll = async (person: SignedInPerson, challengeId: string, prefer: (title: string) => number) => {
    const seen: string[] = [];
    for (;;) {
      const next = await pair(person, challengeId);
      if (next.statusCode === 204) return seen;
      const prompt: Prompt = next.json();
      seen.push([prompt.left.title, prompt.right.title].sort().join(' / '));
      const choice = prefer(prompt.left.title) >= prefer(prompt.right.title) ? 'left' : 'right';
      expect((await answer(person, challengeId, { promptId: prompt.promptId, choice })).statusCode).toBe(200);
    }
  };

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
    for (let index = 0; index < 3; index++) voters.push(await createSignedIn(testApp.app, { name: `Voter ${index}` }));
    votingChallenge = votingChallenges(testApp.app, clock, {
      organisationId: leafyTea.organisationId,
      manager,
      author,
      voters: [...voters, member],
    });
  });
  afterAll(() => testApp.close());

  // First, while the sessions are fresh: the later tests move the clock on by weeks.
  it('lets organisers choose pairwise but no threshold with it', async () => {
    const { challengeId } = await votingChallenge(0);
    const refused = await call(manager, 'PUT', `/challenges/${challengeId}/voting-rules`, {
      ...PAIRWISE,
      supportThreshold: 3,
    });
    expect(refused.statusCode).toBe(400);
    const limited = await call(manager, 'PUT', `/challenges/${challengeId}/voting-rules`, {
      ...PAIRWISE,
      voteLimit: 5,
    });
    expect([limited.statusCode, limited.json().errors]).toEqual([
      400,
      [{ field: 'voteLimit', messages: ['Pairs have no vote limit: leave it empty.'] }],
    ]);
    const saved = await call(manager, 'PUT', `/challenges/${challengeId}/voting-rules`, PAIRWISE);
    expect([saved.statusCode, saved.json().mode]).toEqual([200, 'pairwise']);
  });

  it('puts each pair once, shows an open pair again until answered, and records a retried answer once', async () => {
    const { challengeId } = await votingChallenge(3, PAIRWISE);
    clock.advance(2 * DAY);
    const first = await pair(voters[0], challengeId);
    expect(first.statusCode).toBe(200);
    const prompt: Prompt = first.json();
    expect(prompt.compared).toBe(0);
    expect(prompt.left.id).not.toBe(prompt.right.id);
    expect((await pair(voters[0], challengeId)).json().promptId).toBe(prompt.promptId);

    const retries = await Promise.all(
      Array.from({ length: 10 }, () => answer(voters[0], challengeId, { promptId: prompt.promptId, choice: 'left' })),
    );
    expect(new Set(retries.map((retry) => retry.statusCode))).toEqual(new Set([200]));
    expect(retries[0].json()).toEqual({ promptId: prompt.promptId, choice: 'left', compared: 1 });
    expect(await answered(challengeId)).toBe(1);
    const changed = await answer(voters[0], challengeId, { promptId: prompt.promptId, choice: 'right' });
    expect([changed.statusCode, changed.json().detail]).toEqual([
      409,
      'You already answered this pair otherwise; an answer is final.',
    ]);

    // Three ideas make three pairs; none comes twice, then there is none left.
    const rest = await answerAll(voters[0], challengeId, () => 0);
    expect(rest).toHaveLength(2);
    expect(new Set(rest).size).toBe(2);
    expect((await pair(voters[0], challengeId)).statusCode).toBe(204);
    expect(await answered(challengeId)).toBe(3);
  });

  it('answers 404 for another voter’s prompt, and 400 for bodies that say more than a prompt and a choice', async () => {
    const { challengeId } = await votingChallenge(3, PAIRWISE);
    clock.advance(2 * DAY);
    const prompt: Prompt = (await pair(voters[0], challengeId)).json();
    const stolen = await answer(voters[1], challengeId, { promptId: prompt.promptId, choice: 'left' });
    expect([stolen.statusCode, stolen.json().detail]).toEqual([
      404,
      'There is no such pair for you in this challenge.',
    ]);
    const { challengeId: otherChallenge } = await votingChallenge(2, PAIRWISE);
    clock.advance(2 * DAY);
    expect((await answer(voters[0], otherChallenge, { promptId: prompt.promptId, choice: 'left' })).statusCode).toBe(
      404,
    );

    for (const body of [
      { promptId: prompt.promptId, choice: 'left', count: 5 },
      { promptId: prompt.promptId, choice: 'left', weight: 2 },
      { promptId: prompt.promptId, choice: 'left', voterId: voters[1].id },
      { promptId: prompt.promptId, choice: 'both' },
      { promptId: 'not-a-uuid', choice: 'left' },
      { choice: 'left' },
      {},
    ]) {
      const refused = await answer(voters[0], challengeId, body);
      expect([JSON.stringify(body), refused.statusCode]).toEqual([JSON.stringify(body), 400]);
    }
    expect(await answered(challengeId)).toBe(0);
    expect((await call(voters[0], 'GET', `/challenges/not-a-uuid/pair`)).statusCode).toBe(400);
  });

  it('compares only in pairwise mode, and takes no votes on one idea there', async () => {
    const { challengeId: supportChallenge, ideaIds: supportIdeas } = await votingChallenge(2, SUPPORT);
    const { challengeId, ideaIds } = await votingChallenge(2, PAIRWISE);
    clock.advance(2 * DAY);
    const notPairwise = await pair(voters[0], supportChallenge);
    expect([notPairwise.statusCode, notPairwise.json().detail]).toEqual([
      409,
      'This challenge does not compare ideas in pairs: vote on each idea.',
    ]);
    expect(
      (await answer(voters[0], supportChallenge, { promptId: crypto.randomUUID(), choice: 'left' })).statusCode,
    ).toBe(409);
    expect((await call(voters[0], 'PUT', `/ideas/${supportIdeas[0]}/vote`, {})).statusCode).toBe(200);

    const single = await call(voters[0], 'PUT', `/ideas/${ideaIds[0]}/vote`, {});
    expect([single.statusCode, single.json().detail]).toEqual([
      409,
      'This challenge compares ideas in pairs: it takes no votes on one idea.',
    ]);
    expect(await sql(`SELECT 1 FROM idea_votes WHERE challenge_id = $1`, [challengeId])).toEqual([]);
  });

  it('compares only while voting is open and only for the audience', async () => {
    const { challengeId } = await votingChallenge(2, PAIRWISE, { audience: 'internal' }, manager);
    const early = await pair(member, challengeId);
    expect([early.statusCode, early.json().detail]).toEqual([409, 'Voting is not open for this challenge.']);
    clock.advance(2 * DAY);
    const prompt: Prompt = (await pair(member, challengeId)).json();
    const outsider = await createSignedIn(testApp.app, { name: 'Otto Outsider' });
    expect((await pair(outsider, challengeId)).statusCode).toBe(404);
    expect((await call(undefined, 'GET', `/challenges/${challengeId}/pair`)).statusCode).toBe(401);
    clock.advance(7 * DAY);
    const late = await answer(member, challengeId, { promptId: prompt.promptId, choice: 'left' });
    expect([late.statusCode, late.json().detail]).toEqual([409, 'Voting is not open for this challenge.']);
    expect(await answered(challengeId)).toBe(0);
  });

  it('leaves out one’s own ideas and ideas out of the running, and refuses a pair whose idea left it', async () => {
    const { challengeId, ideaIds } = await votingChallenge(3, PAIRWISE);
    clock.advance(2 * DAY);
    // All three are the author's own: nothing is left for them to compare.
    expect((await pair(author, challengeId)).statusCode).toBe(204);

    const prompt: Prompt = (await pair(voters[0], challengeId)).json();
    const withdrawn = await call(author, 'POST', `/ideas/${prompt.left.id}/withdrawal`, {});
    expect(withdrawn.statusCode).toBe(200);
    const refused = await answer(voters[0], challengeId, { promptId: prompt.promptId, choice: 'right' });
    expect([refused.statusCode, refused.json().detail]).toEqual([
      409,
      'One of these ideas takes no votes any more: ask for another pair.',
    ]);
    expect(await answered(challengeId)).toBe(0);
    // The next pair is made of the two ideas still in the running.
    const next: Prompt = (await pair(voters[0], challengeId)).json();
    expect(next.promptId).not.toBe(prompt.promptId);
    expect(new Set([next.left.id, next.right.id])).toEqual(new Set(ideaIds.filter((id) => id !== prompt.left.id)));
  });

  it('ranks the ideas by a Bradley–Terry fit of the answers, and the reconciliation repairs drift', async () => {
    const { challengeId, ideaIds } = await votingChallenge(4, PAIRWISE);
    clock.advance(2 * DAY);
    // Everyone prefers a higher number: idea 3 wins every comparison, idea 0 loses every one.
    for (const voter of [...voters, member])
      await answerAll(voter, challengeId, (title) => Number(title.replace('Tea idea ', '')));
    await tallies.flush();
    const titles = (await call(member, 'GET', `/challenges/${challengeId}/ideas?sort=top`))
      .json()
      .items.map((item: { title: string }) => item.title);
    expect(titles).toEqual(['Tea idea 3', 'Tea idea 2', 'Tea idea 1', 'Tea idea 0']);
    const best = (await call(member, 'GET', `/ideas/${ideaIds[3]}`)).json().tally;
    expect(best).toMatchObject({ mode: 'pairwise', votes: 12, ups: 12, downs: 0, valueSum: 12 });
    expect(best.lower).toBeLessThan(best.score);
    expect(best.upper).toBeGreaterThan(best.score);
    expect(best.score).toBeGreaterThan(50);
    expect((await call(member, 'GET', `/challenges/${challengeId}/ranking?k=1`)).json().items[0].idea.id).toBe(
      ideaIds[3],
    );
    expect(await tallies.reconcile()).toBe(0);

    await sql(`UPDATE idea_tallies SET votes = 40, ups = 40, score = 99 WHERE idea_id = $1`, [ideaIds[0]]);
    await sql(`UPDATE ideas SET vote_score = 99 WHERE id = $1`, [ideaIds[0]]);
    // A comparison written behind the platform's back (as if its instance died before counting it).
    await sql(
      `INSERT INTO idea_comparisons (id, challenge_id, voter_id, left_idea_id, right_idea_id, outcome, created_at, answered_at)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, 'left', $5, $5)`,
      [challengeId, voters[0].id, ideaIds[1], ideaIds[2], clock.now()],
    );
    expect(await tallies.reconcile()).toBe(3);
    expect(await sql(`SELECT votes, ups FROM idea_tallies WHERE idea_id = $1`, [ideaIds[0]])).toEqual([
      { votes: 12, ups: 0 },
    ]);
    const [worst] = await sql<{ vote_score: number }>(`SELECT vote_score FROM ideas WHERE id = $1`, [ideaIds[0]]);
    expect(worst.vote_score).toBeLessThan(50);
    expect(await tallies.reconcile()).toBe(0);

    // "I can't decide" is a comparison but no win.
    const undecided = await createSignedIn(testApp.app, { name: 'Una Undecided' });
    await call(undecided, 'POST', `/challenges/${challengeId}/participation`, { answers: {}, acceptLicenceVersion: 1 });
    const prompt: Prompt = (await pair(undecided, challengeId)).json();
    const tallyOf = async (ideaId: string) =>
      (
        await sql<{ votes: number; ups: number; downs: number }>(
          `SELECT votes, ups, downs FROM idea_tallies WHERE idea_id = $1`,
          [ideaId],
        )
      )[0];
    const before = await tallyOf(prompt.left.id);
    await answer(undecided, challengeId, { promptId: prompt.promptId, choice: 'cant_decide' });
    await tallies.flush();
    expect(await tallyOf(prompt.left.id)).toEqual({ ...before, votes: before.votes + 1 });
    expect(await tallies.reconcile()).toBe(0);
  });

  it('hides the pairwise tallies from all but the organisers while blind voting lasts', async () => {
    const { challengeId, ideaIds } = await votingChallenge(3, { ...PAIRWISE, blind: true });
    clock.advance(2 * DAY);
    await answerAll(voters[0], challengeId, (title) => Number(title.replace('Tea idea ', '')));
    await tallies.flush();
    for (const person of [member, voters[0], author, undefined]) {
      expect([person?.id, (await call(person, 'GET', `/ideas/${ideaIds[2]}`)).json().tally]).toEqual([
        person?.id,
        null,
      ]);
      expect((await call(person, 'GET', `/challenges/${challengeId}/ideas?sort=top`)).statusCode).toBe(409);
    }
    expect((await call(manager, 'GET', `/ideas/${ideaIds[2]}`)).json().tally).toMatchObject({
      mode: 'pairwise',
      votes: 2,
      ups: 2,
    });
    clock.advance(7 * DAY);
    expect((await call(member, 'GET', `/ideas/${ideaIds[2]}`)).json().tally).toMatchObject({ votes: 2, ups: 2 });
  });
});
