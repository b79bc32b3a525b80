import { getEntityManagerToken } from '@nestjs/typeorm';
import { Clock, ManualClock } from '@crowdforge/api-platform';
import { VoteGroupCommit } from '@crowdforge/api-ideas';
import type { EntityManager } from 'typeorm';
import { createPerson, type TestPerson } from '../testing/people';
import { startTestApp, type TestApp } from '../testing/test-app';
import { leafyTeaWith } from './idea-fixtures';
import { DAY, votingChallenges } from './voting-fixtures';

/** Group commit: votes that arrive together share a statement, and each is answered for itself. */
describe('vote group commit', () => {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  let testApp: TestApp;
  let commits: VoteGroupCommit;
  let voters: TestPerson[];
  let challengeId: string;
  let ideaIds: string[];

  const sql = <T>(query: string, parameters: unknown[] = []) =>
    testApp.app.get<EntityManager>(getEntityManagerToken()).query(query, parameters) as Promise<T[]>;
  const vote = (voter: TestPerson, ideaId: string, value = 1) =>
    commits.commit({ ideaId, voterId: voter.id, challengeId, value, at: clock.now(), origin: null });

  beforeAll(async () => {
    testApp = await startTestApp({ override: (builder) => builder.overrideProvider(Clock).useValue(clock) });
    commits = testApp.app.get(VoteGroupCommit);
    const leafyTea = await leafyTeaWith(testApp.app, { author: 'Ada Author' });
    voters = await Promise.all(Array.from({ length: 30 }, (_, n) => createPerson(testApp.app, { name: `Voter ${n}` })));
    const votingChallenge = votingChallenges(testApp.app, clock, {
      ...leafyTea,
      author: leafyTea.people.author,
      voters: [],
    });
    ({ challengeId, ideaIds } = await votingChallenge(3));
    clock.advance(2 * DAY);
  });
  afterAll(() => testApp.close());

  it('answers each of many parallel votes with its own voter’s votes, after storing every one once', async () => {
    await vote(voters[0], ideaIds[1]);
    const answers = await Promise.all(voters.map((voter) => vote(voter, ideaIds[0])));
    answers.forEach((held, index) => {
      const expected = index === 0 ? [ideaIds[1], ideaIds[0]] : [ideaIds[0]];
      expect(held.map((row) => row.voterId)).toEqual(expected.map(() => voters[index].id));
      expect(held.map((row) => row.ideaId).sort()).toEqual([...expected].sort());
    });
    const [{ count }] = await sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM idea_votes WHERE idea_id = $1`,
      [ideaIds[0]],
    );
    expect(count).toBe(voters.length);
  });

  it('keeps the later of two votes on one idea by one person sent together', async () => {
    const [first, second] = await Promise.all([vote(voters[1], ideaIds[2], 1), vote(voters[1], ideaIds[2], 2)]);
    expect(first.find((row) => row.ideaId === ideaIds[2])?.value).toBe(1);
    expect(second.find((row) => row.ideaId === ideaIds[2])?.value).toBe(2);
    const [row] = await sql<{ value: number }>(`SELECT value FROM idea_votes WHERE idea_id = $1 AND voter_id = $2`, [
      ideaIds[2],
      voters[1].id,
    ]);
    expect(row.value).toBe(2);
  });

  it('fails only the faulty vote of a batch', async () => {
    const missingIdea = '00000000-0000-4000-8000-000000000000';
    // The first votes take the statements in flight; the rest, the faulty one among them, wait and go together.
    const sent = voters
      .slice(5, 20)
      .map((voter, index) => ({ voter, ideaId: index === 10 ? missingIdea : ideaIds[1] }));
    const outcomes = await Promise.allSettled(sent.map(({ voter, ideaId }) => vote(voter, ideaId)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(
      sent.map(({ ideaId }) => (ideaId === missingIdea ? 'rejected' : 'fulfilled')),
    );
    const stored = await sql<{ voter_id: string }>(`SELECT voter_id FROM idea_votes WHERE idea_id = $1`, [ideaIds[1]]);
    const expected = [voters[0], ...sent.filter(({ ideaId }) => ideaId !== missingIdea).map(({ voter }) => voter)];
    expect(stored.map((row) => row.voter_id).sort()).toEqual(expected.map((voter) => voter.id).sort());
  });
});
