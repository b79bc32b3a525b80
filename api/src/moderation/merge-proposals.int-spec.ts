import type { TestingModuleBuilder } from '@nestjs/testing';
import { getEntityManagerToken } from '@nestjs/typeorm';
import { Clock, ManualClock } from '@crowdforge/api-platform';
import { VoteTallies } from '@crowdforge/api-ideas';
import { sampleFiles } from '@crowdforge/api-files/testing';
import type { EntityManager } from 'typeorm';
import { caller } from '../challenges/challenge-fixtures';
import { createSignedIn, type SignedInPerson } from '../testing/people';
import { startTestApp, type TestApp } from '../testing/test-app';
import { uploader } from '../testing/uploads';
import { leafyTeaWith } from '../ideas/idea-fixtures';
import { DAY, SUPPORT, votingChallenges } from '../ideas/voting-fixtures';

/** Merging duplicates with consent: proposed, accepted by an author of each idea, then carried out at once. */
describe('merge proposals', () => {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;
  let sql: <T>(query: string, parameters?: unknown[]) => Promise<T[]>;
  let manager: SignedInPerson;
  let member: SignedInPerson;
  let ann: SignedInPerson;
  let bob: SignedInPerson;
  let voters: SignedInPerson[];
  let votingChallenge: ReturnType<typeof votingChallenges>;

  /** A challenge with Ann's idea (kept) and Bob's duplicate, voting open. */
  async function duplicates(rules: Record<string, unknown> = SUPPORT) {
    const { challengeId, ideaIds } = await votingChallenge(1, rules, {}, ann);
    await call(bob, 'POST', `/challenges/${challengeId}/participation`, { answers: {}, acceptLicenceVersion: 1 });
    const duplicate = (
      await call(bob, 'POST', `/challenges/${challengeId}/ideas`, { title: 'Tea on tap again' })
    ).json();
    expect((await call(bob, 'POST', `/ideas/${duplicate.id}/submission`, {})).statusCode).toBe(200);
    return { challengeId, kept: ideaIds[0], merged: duplicate.id as string };
  }

  const propose = (person: SignedInPerson, mergedId: string, keptId: string, reason = 'Both are tea on tap.') =>
    call(person, 'POST', `/ideas/${mergedId}/merge-proposals`, { intoIdeaId: keptId, reason });
  const answer = (person: SignedInPerson, proposalId: string, body: Record<string, unknown>) =>
    call(person, 'POST', `/merge-proposals/${proposalId}/answer`, body);
  const votesOn = async (ideaId: string) =>
    (await sql<{ voter_id: string }>('SELECT voter_id FROM idea_votes WHERE idea_id = $1', [ideaId]))
      .map((row) => voters.findIndex((voter) => voter.id === row.voter_id))
      .sort();

  beforeAll(async () => {
    testApp = await startTestApp({
      env: { VOTES_PER_MINUTE_PER_PERSON: '100000' },
      override: (builder: TestingModuleBuilder) => builder.overrideProvider(Clock).useValue(clock),
    });
    call = caller(testApp.app);
    sql = (query, parameters = []) => testApp.app.get<EntityManager>(getEntityManagerToken()).query(query, parameters);
    const leafyTea = await leafyTeaWith(testApp.app, { ann: 'Ann Author', bob: 'Bob Author' });
    ({ manager, member } = leafyTea);
    ({ ann, bob } = leafyTea.people);
    voters = [];
    for (let index = 0; index < 3; index++) voters.push(await createSignedIn(testApp.app, { name: `Voter ${index}` }));
    votingChallenge = votingChallenges(testApp.app, clock, {
      organisationId: leafyTea.organisationId,
      manager,
      author: ann,
      voters,
    });
  });
  afterAll(() => testApp.close());

  it('merges once an author of each idea accepted: comments, files and followers move, the duplicate points to the kept idea', async () => {
    const { kept, merged } = await duplicates();
    await call(member, 'POST', `/ideas/${merged}/comments`, { body: 'Love the tap idea.' });
    const photo = await uploader(testApp.app)(bob, 'POST', `/ideas/${merged}/attachments`, {
      data: await sampleFiles.smallPng(),
      name: 'tap.png',
    });
    expect(photo.statusCode).toBe(201);

    const proposed = await propose(manager, merged, kept);
    expect(proposed.statusCode).toBe(201);
    const proposal = proposed.json();
    expect(proposal).toMatchObject({
      state: 'pending',
      mergedIdea: { id: merged, accepted: false },
      keptIdea: { id: kept, accepted: false },
      viewerMayAnswerFor: [],
    });
    expect((await call(bob, 'GET', `/ideas/${merged}/merge-proposals`)).json()).toEqual([
      expect.objectContaining({ id: proposal.id, viewerMayAnswerFor: ['merged'] }),
    ]);
    expect((await call(manager, 'GET', `/ideas/${merged}/merge-proposals`)).json()).toEqual([
      expect.objectContaining({ id: proposal.id, viewerMayAnswerFor: [] }),
    ]);
    expect((await call(member, 'GET', `/ideas/${merged}/merge-proposals`)).json()).toEqual([]);
    expect((await answer(member, proposal.id, { answer: 'accept' })).statusCode).toBe(403);
    expect((await propose(ann, merged, kept)).statusCode).toBe(409);

    const half = await answer(bob, proposal.id, { answer: 'accept' });
    expect(half.json()).toMatchObject({
      state: 'pending',
      mergedIdea: { accepted: true },
      keptIdea: { accepted: false },
    });
    expect((await call(bob, 'GET', `/ideas/${merged}`)).json().status).toBe('submitted');

    const done = await answer(ann, proposal.id, { answer: 'accept' });
    expect(done.json()).toMatchObject({ state: 'accepted', decidedAt: expect.any(String) });
    const duplicate = (await call(member, 'GET', `/ideas/${merged}`)).json();
    expect(duplicate).toMatchObject({ status: 'merged', mergedInto: { id: kept, title: 'Tea idea 0' } });
    const continued = (await call(member, 'GET', `/ideas/${kept}`)).json();
    expect(continued.attachments.map((file: { name: string }) => file.name)).toEqual(['tap.webp']);
    const comments = (await call(member, 'GET', `/ideas/${kept}/comments`)).json();
    expect(JSON.stringify(comments)).toContain('Love the tap idea.');
    expect(await sql('SELECT comment_count FROM ideas WHERE id = $1', [kept])).toEqual([{ comment_count: 1 }]);
    expect(
      await sql('SELECT state FROM idea_co_author_invitations WHERE idea_id = $1 AND email = lower($2)', [
        kept,
        bob.email,
      ]),
    ).toEqual([{ state: 'pending' }]);
    expect(await sql('SELECT 1 FROM idea_followers WHERE idea_id = $1 AND user_id = $2', [kept, bob.id])).toHaveLength(
      1,
    );
    const audited = await sql<{ action: string }>(`SELECT action FROM audit_log WHERE object_id = $1 ORDER BY id`, [
      proposal.id,
    ]);
    expect(audited.map((row) => row.action)).toEqual([
      'moderation.merge_proposed',
      'moderation.merge_accepted',
      'moderation.merge_accepted',
      'moderation.ideas_merged',
    ]);
    expect((await answer(bob, proposal.id, { answer: 'decline', reason: 'Too late' })).statusCode).toBe(409);
  });

  it('lets either author decline with a reason, which changes nothing', async () => {
    const { kept, merged } = await duplicates();
    const proposal = (await propose(bob, merged, kept)).json();
    expect(proposal.mergedIdea.accepted).toBe(true);
    expect((await answer(ann, proposal.id, { answer: 'decline' })).statusCode).toBe(400);
    const declined = await answer(ann, proposal.id, {
      answer: 'decline',
      reason: 'Mine is about offices, not trains.',
    });
    expect(declined.json()).toMatchObject({ state: 'declined', declineReason: 'Mine is about offices, not trains.' });
    expect((await call(bob, 'GET', `/ideas/${merged}`)).json().status).toBe('submitted');
    const inbox = await sql<{ title: string }>(
      `SELECT title FROM notifications WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [bob.id],
    );
    expect(inbox[0].title).toContain('was declined');
    // Declined, the duplicate may be proposed again.
    expect((await propose(manager, merged, kept)).statusCode).toBe(201);
  });

  it('refuses merges across challenges, into itself, of settled ideas, and by people who neither moderate nor write them', async () => {
    const first = await duplicates();
    const second = await duplicates();
    expect((await propose(manager, first.merged, second.kept)).statusCode).toBe(409);
    expect((await propose(manager, first.merged, first.merged)).statusCode).toBe(409);
    expect((await propose(member, first.merged, first.kept)).statusCode).toBe(403);
    expect(
      (await call(manager, 'POST', `/ideas/${first.merged}/merge-proposals`, { intoIdeaId: 'nope', reason: 'x' }))
        .statusCode,
    ).toBe(400);
    expect((await call(bob, 'POST', `/ideas/${first.merged}/withdrawal`)).statusCode).toBe(200);
    expect((await propose(manager, first.merged, first.kept)).statusCode).toBe(409);
    expect(await sql('SELECT 1 FROM idea_merge_proposals WHERE merged_idea_id = $1', [first.merged])).toEqual([]);
  });

  it.each([
    ['support', SUPPORT, [1, 1, 1]],
    ['up_down', { ...SUPPORT, mode: 'up_down' }, [1, -1, 1]],
    ['stars', { ...SUPPORT, mode: 'stars' }, [5, 2, 4]],
    ['tokens', { ...SUPPORT, mode: 'tokens', voteLimit: null, tokenBudget: 10, tokensPerIdea: 5 }, [3, 2, 4]],
  ] as const)(
    '%s: voters of both ideas end with exactly one vote each on the kept idea, tallies equal to the rows',
    async (_mode, rules, values) => {
      const { challengeId, kept, merged } = await duplicates(rules);
      clock.advance(2 * DAY);
      for (const [index, value] of values.entries()) {
        // Voter 0 votes on both ideas, voter 1 only on the kept one, voter 2 only on the duplicate.
        if (index !== 2)
          expect((await call(voters[index], 'PUT', `/ideas/${kept}/vote`, { value })).statusCode).toBe(200);
        if (index !== 1)
          expect((await call(voters[index], 'PUT', `/ideas/${merged}/vote`, { value })).statusCode).toBe(200);
      }
      await testApp.app.get(VoteTallies).flush();
      const proposal = (await propose(ann, merged, kept)).json();
      expect((await answer(bob, proposal.id, { answer: 'accept' })).json().state).toBe('accepted');

      expect(await votesOn(kept)).toEqual([0, 1, 2]);
      expect(await votesOn(merged)).toEqual([]);
      const [{ votes }] = await sql<{ votes: number }>('SELECT votes FROM idea_tallies WHERE idea_id = $1', [kept]);
      expect(votes).toBe(3);
      expect(await testApp.app.get(VoteTallies).recount(challengeId)).toEqual([]);
      clock.advance(-2 * DAY);
    },
  );
});
