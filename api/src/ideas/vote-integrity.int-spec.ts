import type { TestingModuleBuilder } from '@nestjs/testing';
import { getEntityManagerToken } from '@nestjs/typeorm';
import { Clock, ManualClock } from '@crowdforge/api-platform';
import { VoteTallies } from '@crowdforge/api-ideas';
import type { VoteIntegrityReport } from '@crowdforge/contracts';
import { parse } from 'csv-parse/sync';
import type { EntityManager } from 'typeorm';
import { caller } from '../challenges/challenge-fixtures';
import { addMember, createSignedIn, signIn, type SignedInPerson } from '../testing/people';
import { startTestApp, type TestApp } from '../testing/test-app';
import { leafyTeaWith } from './idea-fixtures';
import { DAY, SUPPORT, votingChallenges } from './voting-fixtures';

interface LedgerLine {
  voter: string;
  idea_id: string;
  idea_title: string;
  value: string;
  day: string;
}

const OFFICE = '198.51.100.7';

/**
 * The integrity report (votes by kind of account, groups voting from one origin) for organisers and
 * moderators, and the recount ledger for organisers once voting closed: audited, and never naming who
 * voted for what.
 */
describe('vote integrity and the recount ledger', () => {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;
  let manager: SignedInPerson;
  let member: SignedInPerson;
  let moderator: SignedInPerson;
  let reviewer: SignedInPerson;
  let crowd: SignedInPerson;
  let author: SignedInPerson;
  let voters: SignedInPerson[];
  let everyone: SignedInPerson[];
  let votingChallenge: ReturnType<typeof votingChallenges>;

  const sql = <T>(query: string, parameters: unknown[] = []) =>
    testApp.app.get<EntityManager>(getEntityManagerToken()).query(query, parameters) as Promise<T[]>;
  /** A vote sent from `address` (the app believes X-Forwarded-For: TRUST_PROXY=1). */
  const voteFrom = async (person: SignedInPerson, ideaId: string, address: string, value = 1) => {
    const answer = await testApp.app.inject({
      method: 'PUT',
      url: `/api/v1/ideas/${ideaId}/vote`,
      headers: { ...person.headers, 'x-forwarded-for': address },
      payload: { value },
    });
    if (answer.statusCode !== 200) throw new Error(`vote refused: ${answer.body}`);
  };
  const report = (person: SignedInPerson | undefined, challengeId: string) =>
    call(person, 'GET', `/challenges/${challengeId}/voting/integrity`);
  const ledger = (person: SignedInPerson | undefined, challengeId: string) =>
    call(person, 'GET', `/challenges/${challengeId}/voting/ledger`);
  const audited = (action: string, challengeId: string) =>
    sql<{ actor_id: string }>(`SELECT actor_id FROM audit_log WHERE action = $1 AND object_id = $2 ORDER BY id`, [
      action,
      challengeId,
    ]);
  const linesOf = (body: string): LedgerLine[] => parse(body, { bom: true, columns: true });
  /** Accounts made long before the test's clock, with their addresses verified then. */
  const establish = (people: SignedInPerson[]) =>
    sql(`UPDATE users SET created_at = $2, email_verified_at = $2 WHERE id = ANY($1)`, [
      people.map((person) => person.id),
      new Date(clock.now().getTime() - 100 * DAY),
    ]);

  beforeAll(async () => {
    testApp = await startTestApp({
      env: { TRUST_PROXY: '1', VOTES_PER_MINUTE_PER_PERSON: '100000' },
      override: (builder: TestingModuleBuilder) => builder.overrideProvider(Clock).useValue(clock),
    });
    call = caller(testApp.app);
    const leafyTea = await leafyTeaWith(testApp.app, {
      author: 'Ada Author',
      moderator: 'Mila Moderator',
      reviewer: 'Ruben Reviewer',
      crowd: 'Chris Crowd',
    });
    ({ manager, member } = leafyTea);
    ({ author, moderator, reviewer, crowd } = leafyTea.people);
    await addMember(testApp.app, leafyTea.organisationId, moderator, 'moderator');
    await addMember(testApp.app, leafyTea.organisationId, reviewer, 'reviewer');
    voters = [];
    for (let index = 0; index < 8; index++) voters.push(await createSignedIn(testApp.app, { name: `Voter ${index}` }));
    everyone = [manager, member, moderator, reviewer, crowd, author, ...voters];
    await establish(everyone);
    votingChallenge = votingChallenges(testApp.app, clock, {
      organisationId: leafyTea.organisationId,
      manager,
      author,
      voters: [...voters, crowd],
    });
  });
  afterAll(() => testApp.close());
  // The clock runs through weeks of voting windows: fresh sessions for every test.
  let addresses = 0;
  beforeEach(async () => {
    for (const person of everyone) Object.assign(person, await signIn(testApp.app, person, `10.9.0.${++addresses}`));
  });

  it('lets the organisers and the organisation’s moderators read the report, audits each read, and no one else', async () => {
    const { challengeId } = await votingChallenge(1);
    expect((await report(undefined, challengeId)).statusCode).toBe(401);
    for (const person of [member, reviewer, crowd, voters[0]]) {
      const refused = await report(person, challengeId);
      expect([person.id, refused.statusCode, refused.json().code]).toEqual([person.id, 403, 'forbidden']);
    }
    expect(await audited('votes.integrity_report', challengeId)).toEqual([]);

    expect((await report(manager, challengeId)).statusCode).toBe(200);
    expect((await report(moderator, challengeId)).statusCode).toBe(200);
    expect(await audited('votes.integrity_report', challengeId)).toEqual([
      { actor_id: manager.id },
      { actor_id: moderator.id },
    ]);
    expect((await report(manager, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await report(manager, 'not-a-uuid')).statusCode).toBe(400);
  });

  it('splits each idea’s votes by the accounts that cast them and finds groups voting from one origin', async () => {
    const { challengeId, ideaIds } = await votingChallenge(5);
    const [a, b, c, d, quiet] = ideaIds;
    clock.advance(2 * DAY);
    const [office1, office2, office3, office4, home, v6first, v6second, v6third] = voters;
    // Four accounts from one office address: all four back idea a, three of them idea b, one idea c.
    for (const person of [office1, office2, office3, office4]) await voteFrom(person, a, OFFICE);
    for (const person of [office1, office2, office3]) await voteFrom(person, b, OFFICE);
    await voteFrom(office4, c, OFFICE);
    await voteFrom(home, a, '203.0.113.9');
    // Three accounts from two addresses of one IPv6 /64, one of them written IPv4-mapped elsewhere.
    await voteFrom(v6first, d, '2001:db8:1:2::1');
    await voteFrom(v6second, d, '2001:db8:1:2:aaaa::2');
    await voteFrom(v6third, d, '2001:db8:1:2::3');
    // Idea c: one established vote, one from a week-old account, one from an unverified address.
    await sql(`UPDATE users SET created_at = $2 WHERE id = $1`, [crowd.id, new Date(clock.now().getTime() - DAY)]);
    await voteFrom(crowd, c, '192.0.2.1');
    await sql(`UPDATE users SET email_verified_at = NULL WHERE id = $1`, [home.id]);
    await voteFrom(home, c, '192.0.2.2');
    // A vote from before origins were kept.
    await sql(`UPDATE idea_votes SET origin = NULL WHERE idea_id = $1 AND voter_id = $2`, [a, home.id]);

    const answer = await report(moderator, challengeId);
    // Unverified accounts cannot sign in: the next tests need `home` to.
    await establish([home, crowd]);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    const body: VoteIntegrityReport = answer.json();
    expect(body).toMatchObject({
      challengeId,
      newAccountDays: 7,
      groupAccounts: 3,
      votes: 14,
      votesWithoutOrigin: 1,
      ideasWithVotes: 4,
      groupCount: 2,
    });
    const tea = (index: number) => `Tea idea ${index}`;
    expect(body.ideas).toEqual([
      { ideaId: c, title: tea(2), votes: 3, established: 1, newAccounts: 1, unverified: 1 },
      // An address never verified counts against every vote of the account.
      { ideaId: a, title: tea(0), votes: 5, established: 4, newAccounts: 0, unverified: 1 },
      { ideaId: b, title: tea(1), votes: 3, established: 3, newAccounts: 0, unverified: 0 },
      { ideaId: d, title: tea(3), votes: 3, established: 3, newAccounts: 0, unverified: 0 },
    ]);
    expect(body.ideas.map((idea) => idea.ideaId)).not.toContain(quiet);
    expect(body.groups).toEqual([
      {
        label: expect.stringMatching(/^[0-9a-f]{8}$/),
        accounts: 4,
        ideas: [
          { ideaId: a, title: tea(0), votes: 4 },
          { ideaId: b, title: tea(1), votes: 3 },
        ],
      },
      { label: expect.stringMatching(/^[0-9a-f]{8}$/), accounts: 3, ideas: [{ ideaId: d, title: tea(3), votes: 3 }] },
    ]);
    expect(body.groups[0].label).not.toBe(body.groups[1].label);
    // The same origin has another label in another challenge.
    const other = await votingChallenge(1);
    clock.advance(2 * DAY);
    for (const person of [office1, office2, office3]) await voteFrom(person, other.ideaIds[0], OFFICE);
    const otherGroups = (await report(manager, other.challengeId)).json().groups;
    expect(otherGroups).toHaveLength(1);
    expect(otherGroups[0].label).not.toBe(body.groups[0].label);

    // Counts only: no voter, no address, no origin hash.
    const text = answer.body;
    for (const person of everyone) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.email);
    }
    for (const fragment of [OFFICE, '203.0.113.9', '2001:db8', '192.0.2']) expect(text).not.toContain(fragment);
    const origins = await sql<{ origin: Buffer }>(
      `SELECT DISTINCT origin FROM idea_votes WHERE challenge_id = $1 AND origin IS NOT NULL`,
      [challengeId],
    );
    for (const { origin } of origins) {
      expect(text).not.toContain(origin.toString('hex').slice(0, 8));
      expect(text).not.toContain(origin.toString('base64').slice(0, 8));
    }
  });

  it('tells moderators only of the ideas the audience sees; the organisers of every idea', async () => {
    const { challengeId, ideaIds } = await votingChallenge(2);
    clock.advance(2 * DAY);
    for (const person of voters.slice(0, 3)) {
      await voteFrom(person, ideaIds[0], OFFICE);
      await voteFrom(person, ideaIds[1], OFFICE);
    }
    await sql(`UPDATE ideas SET status = 'withdrawn' WHERE id = $1`, [ideaIds[1]]);
    const byModerator: VoteIntegrityReport = (await report(moderator, challengeId)).json();
    expect(byModerator).toMatchObject({ votes: 3, ideasWithVotes: 1, groupCount: 1 });
    expect(byModerator.ideas.map((idea) => idea.ideaId)).toEqual([ideaIds[0]]);
    expect(byModerator.groups[0].ideas.map((idea) => idea.ideaId)).toEqual([ideaIds[0]]);
    const byManager: VoteIntegrityReport = (await report(manager, challengeId)).json();
    expect(byManager).toMatchObject({ votes: 6, ideasWithVotes: 2, groupCount: 1 });
    expect(byManager.groups[0].ideas).toHaveLength(2);

    const hidden = await votingChallenge(1, undefined, { ideaVisibility: 'organisers' });
    const refused = await report(moderator, hidden.challengeId);
    expect([refused.statusCode, refused.json().detail]).toEqual([
      403,
      'This challenge keeps its ideas to its organisers, and so its integrity report.',
    ]);
    expect((await report(manager, hidden.challengeId)).statusCode).toBe(200);
  });

  it('keeps counts from moderators until blind voting closes; the organisers read them throughout', async () => {
    const { challengeId, ideaIds } = await votingChallenge(1, { ...SUPPORT, blind: true });
    clock.advance(2 * DAY);
    await voteFrom(voters[0], ideaIds[0], OFFICE);
    const refused = await report(moderator, challengeId);
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'conflict']);
    expect((await report(manager, challengeId)).json().votes).toBe(1);
    clock.advance(7 * DAY);
    expect((await report(moderator, challengeId)).json().votes).toBe(1);
  });

  it('exports the ledger once voting closed, to the organisers only: pseudonyms, values and days, audited', async () => {
    const { challengeId, ideaIds } = await votingChallenge(3, { ...SUPPORT, mode: 'up_down' });
    await sql(`UPDATE ideas SET title = $2 WHERE id = $1`, [ideaIds[2], '=HYPERLINK("http://evil.test","Tea")']);
    clock.advance(2 * DAY);
    const firstDay = clock.now().toISOString().slice(0, 10);
    // voters[0] alone votes on idea 0; the others spread for and against over two days.
    await voteFrom(voters[0], ideaIds[0], OFFICE, -1);
    await voteFrom(voters[0], ideaIds[1], OFFICE);
    await voteFrom(voters[1], ideaIds[1], OFFICE);
    clock.advance(DAY);
    const secondDay = clock.now().toISOString().slice(0, 10);
    await voteFrom(voters[2], ideaIds[1], OFFICE, -1);
    await voteFrom(voters[3], ideaIds[2], OFFICE);
    await voteFrom(voters[1], ideaIds[2], OFFICE, -1);

    const early = await ledger(manager, challengeId);
    expect([early.statusCode, early.json().code]).toEqual([409, 'conflict']);
    clock.advance(7 * DAY);
    for (const person of [moderator, member, reviewer, crowd, voters[0]]) {
      const refused = await ledger(person, challengeId);
      expect([person.id, refused.statusCode]).toEqual([person.id, 403]);
    }
    expect((await ledger(undefined, challengeId)).statusCode).toBe(401);

    const answer = await ledger(manager, challengeId);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(answer.headers['content-disposition']).toBe(`attachment; filename="voting-ledger-${challengeId}.csv"`);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    const lines = linesOf(answer.body);
    expect(lines).toHaveLength(6);
    expect(new Set(lines.map((line) => line.day))).toEqual(new Set([firstDay, secondDay]));
    for (const line of lines) expect(line.voter).toMatch(/^[0-9a-f]{16}$/);
    for (const person of everyone) expect(answer.body).not.toContain(person.id);
    expect(new Set(lines.filter((line) => line.idea_id === ideaIds[2]).map((line) => line.idea_title))).toEqual(
      new Set([`'=HYPERLINK("http://evil.test","Tea")`]),
    );
    // Within an idea, lines go by pseudonym, not by time.
    for (const ideaId of ideaIds) {
      const voters = lines.filter((line) => line.idea_id === ideaId).map((line) => line.voter);
      expect(voters).toEqual([...voters].sort());
    }

    // The same voter has one pseudonym in the challenge, in every export.
    const [alone] = lines.filter((line) => line.idea_id === ideaIds[0]);
    const byAlone = lines.filter((line) => line.voter === alone.voter);
    expect(new Map(byAlone.map((line) => [line.idea_id, line.value]))).toEqual(
      new Map([
        [ideaIds[0], '-1'],
        [ideaIds[1], '1'],
      ]),
    );
    expect(linesOf((await ledger(manager, challengeId)).body)).toEqual(lines);
    expect(await audited('votes.ledger_export', challengeId)).toEqual([
      { actor_id: manager.id },
      { actor_id: manager.id },
    ]);

    // …and another, unrelated one in another challenge.
    const other = await votingChallenge(1);
    clock.advance(2 * DAY);
    await voteFrom(voters[0], other.ideaIds[0], OFFICE);
    clock.advance(7 * DAY);
    const [elsewhere] = linesOf((await ledger(manager, other.challengeId)).body);
    expect(elsewhere.voter).toMatch(/^[0-9a-f]{16}$/);
    expect(elsewhere.voter).not.toBe(alone.voter);
  });

  it('recounts from the ledger exactly the tallies the challenge publishes', async () => {
    const { challengeId, ideaIds } = await votingChallenge(3, { ...SUPPORT, mode: 'up_down' });
    clock.advance(2 * DAY);
    const values = [1, -1, 1, 1, -1, 1, 1, -1];
    for (const [index, person] of voters.entries()) {
      await voteFrom(person, ideaIds[index % 3], `192.0.2.${index}`, values[index]);
      if (index % 2 === 0) await voteFrom(person, ideaIds[(index + 1) % 3], OFFICE, -values[index]);
    }
    // A changed vote counts with its new value.
    await voteFrom(voters[0], ideaIds[0], OFFICE, -1);
    clock.advance(7 * DAY);
    await testApp.app.get(VoteTallies).flush();

    const recounted = new Map<string, { votes: number; ups: number; downs: number; valueSum: number }>();
    const answer = await ledger(manager, challengeId);
    expect(answer.statusCode).toBe(200);
    for (const line of linesOf(answer.body)) {
      const tally = recounted.get(line.idea_id) ?? { votes: 0, ups: 0, downs: 0, valueSum: 0 };
      const value = Number(line.value);
      recounted.set(line.idea_id, {
        votes: tally.votes + 1,
        ups: tally.ups + (value > 0 ? 1 : 0),
        downs: tally.downs + (value < 0 ? 1 : 0),
        valueSum: tally.valueSum + value,
      });
    }
    const published = (await call(member, 'GET', `/challenges/${challengeId}/ideas?limit=50`)).json().items as {
      id: string;
      tally: { votes: number; ups: number; downs: number; valueSum: number };
    }[];
    expect(published).toHaveLength(3);
    for (const { id, tally } of published) {
      const { votes, ups, downs, valueSum } = tally;
      expect([id, recounted.get(id)]).toEqual([id, { votes, ups, downs, valueSum }]);
    }
  });
});
