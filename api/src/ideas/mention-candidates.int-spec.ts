import { getEntityManagerToken } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { MAX_MENTION_CANDIDATES } from '@crowdforge/contracts';
import { startTestApp, type TestApp } from '../testing/test-app';
import { addMember, createPerson, type SignedInPerson, type TestPerson } from '../testing/people';
import { leafyTeaWith } from './idea-fixtures';
import { caller, publishedChallenge } from '../challenges/challenge-fixtures';

/** Whom one may mention on an idea: people who can see it, those in its conversation first. */
describe('mention candidates', () => {
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;
  let organisationId: string;
  let manager: SignedInPerson;
  /** Max, a member of the organisation, writes the ideas of its internal challenges. */
  let member: SignedInPerson;
  /** A member of the organisation: staff, not an organiser. */
  let staff: TestPerson;
  let people: Record<'author' | 'commenter' | 'participant' | 'asker' | 'outsider', SignedInPerson>;

  const sql = <T>(query: string, parameters: unknown[] = []) =>
    testApp.app.get<EntityManager>(getEntityManagerToken()).query(query, parameters) as Promise<T[]>;

  const join = (person: TestPerson, challengeId: string) =>
    sql(`INSERT INTO challenge_participants (challenge_id, user_id, joined_at) VALUES ($1, $2, now())`, [
      challengeId,
      person.id,
    ]);

  /** A published challenge the author joined, with their submitted idea; returns both ids. */
  async function submittedIdea(
    challenge: Record<string, unknown> = {},
    idea: Record<string, unknown> = {},
    author = people.author,
  ): Promise<{ challengeId: string; ideaId: string }> {
    const challengeId = await publishedChallenge(testApp.app, manager, organisationId, challenge);
    await call(author, 'POST', `/challenges/${challengeId}/participation`, { answers: {}, acceptLicenceVersion: 1 });
    const created = await call(author, 'POST', `/challenges/${challengeId}/ideas`, { title: 'Kelp tea', ...idea });
    expect(created.statusCode).toBe(201);
    const ideaId: string = created.json().id;
    expect((await call(author, 'POST', `/ideas/${ideaId}/submission`, {})).statusCode).toBe(200);
    return { challengeId, ideaId };
  }

  const candidates = async (person: SignedInPerson | undefined, ideaId: string, q: string) => {
    const response = await call(person, 'GET', `/ideas/${ideaId}/mention-candidates?q=${encodeURIComponent(q)}`);
    expect(response.statusCode).toBe(200);
    return (response.json() as { id: string; name: string }[]).map((candidate) => candidate.name);
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    call = caller(testApp.app);
    const leafyTea = await leafyTeaWith(testApp.app, {
      author: 'Ada Author',
      commenter: 'Zoe Alder',
      participant: 'Alice Jansen',
      asker: 'Alex Asker',
      outsider: 'Albert Outsider',
    });
    ({ organisationId, manager, member, people } = leafyTea);
    staff = await createPerson(testApp.app, { name: 'Mary Alison' });
    await addMember(testApp.app, organisationId, staff, 'member');
  });
  afterAll(() => testApp.close());

  it('suggests people who can see the idea by the start of a word of their name, the conversation first', async () => {
    const { challengeId, ideaId } = await submittedIdea();
    const hidden = await createPerson(testApp.app, { name: 'Alan Hidden' });
    const deleted = await createPerson(testApp.app, { name: 'Alba Gone' });
    for (const person of [people.commenter, people.participant, people.asker, hidden, deleted])
      await join(person, challengeId);
    await sql(`UPDATE users SET show_name_on_ideas = false WHERE id = $1`, [hidden.id]);
    await sql(`UPDATE users SET deleted_at = now() WHERE id = $1`, [deleted.id]);
    expect((await call(people.commenter, 'POST', `/ideas/${ideaId}/comments`, { body: 'Nice' })).statusCode).toBe(201);

    // Zoe commented, so she comes first; Alex asks; Albert has nothing to do with the challenge.
    expect(await candidates(people.asker, ideaId, 'al')).toEqual(['Zoe Alder', 'Alice Jansen', 'Mary Alison']);
    expect(await candidates(people.asker, ideaId, 'ALI')).toEqual(['Alice Jansen', 'Mary Alison']);
    expect(await candidates(people.asker, ideaId, '  alice  JA ')).toEqual(['Alice Jansen']);
    expect(await candidates(people.asker, ideaId, 'ada')).toEqual(['Ada Author']);
    expect(await candidates(people.asker, ideaId, 'lice')).toEqual([]);
    // LIKE's wildcards are only characters of a name.
    expect(await candidates(people.asker, ideaId, '%')).toEqual([]);
    expect(await candidates(people.asker, ideaId, '_')).toEqual([]);
    // Organisers and members of the organisation running the challenge are there too.
    expect(await candidates(people.asker, ideaId, 'ma')).toEqual(['Mary Alison', 'Max Member', 'Maya Manager']);
    const mine = (await call(people.author, 'GET', `/ideas/${ideaId}/mention-candidates?q=al`)).json();
    expect(mine).toEqual([
      { id: people.commenter.id, name: 'Zoe Alder' },
      { id: people.asker.id, name: 'Alex Asker' },
      { id: people.participant.id, name: 'Alice Jansen' },
      { id: staff.id, name: 'Mary Alison' },
    ]);
  });

  it(`suggests at most ${MAX_MENTION_CANDIDATES}, those in the conversation before the rest`, async () => {
    const { challengeId, ideaId } = await submittedIdea();
    for (let index = 0; index < MAX_MENTION_CANDIDATES + 2; index++)
      await join(await createPerson(testApp.app, { name: `Bea ${String.fromCharCode(97 + index)}` }), challengeId);
    const talker = await createPerson(testApp.app, { name: 'Bea zz Talker' });
    await sql(`INSERT INTO idea_comments (idea_id, author_id, body, created_at) VALUES ($1, $2, 'Hello', now())`, [
      ideaId,
      talker.id,
    ]);
    const names = await candidates(people.author, ideaId, 'bea');
    expect(names).toHaveLength(MAX_MENTION_CANDIDATES);
    expect(names.slice(0, 3)).toEqual(['Bea zz Talker', 'Bea a', 'Bea b']);
  });

  it('leaves out people who cannot see the idea', async () => {
    // Only the organisers see ideas here: participants and plain members of the organisation do not.
    const { challengeId, ideaId } = await submittedIdea({ ideaVisibility: 'organisers' });
    await join(people.participant, challengeId);
    expect(await candidates(people.author, ideaId, 'ma')).toEqual(['Maya Manager']);
    expect(await candidates(people.author, ideaId, 'alice')).toEqual([]);
    // A commenter who since left the organisation of an internal challenge is no longer suggested.
    const internal = await submittedIdea({ audience: 'internal' }, {}, member);
    const leaver = await createPerson(testApp.app, { name: 'Lena Leaver' });
    await sql(
      `INSERT INTO idea_comments (idea_id, author_id, body, by_staff, created_at) VALUES ($1, $2, 'Hi', true, now())`,
      [internal.ideaId, leaver.id],
    );
    expect(await candidates(member, internal.ideaId, 'lena')).toEqual([]);
    await addMember(testApp.app, organisationId, leaver, 'member');
    expect(await candidates(member, internal.ideaId, 'lena')).toEqual(['Lena Leaver']);
  });

  it('does not tell the crowd who wrote an anonymous idea', async () => {
    const { challengeId, ideaId } = await submittedIdea(
      { allowAnonymous: true },
      { anonymous: true, title: 'A secret blend' },
    );
    const coAuthor = await createPerson(testApp.app, { name: 'Ana Coauthor' });
    await sql(`INSERT INTO idea_authors (idea_id, user_id, joined_at) VALUES ($1, $2, now())`, [ideaId, coAuthor.id]);
    const talker = await createPerson(testApp.app, { name: 'Ava Talker' });
    await join(talker, challengeId);
    await join(people.asker, challengeId);
    for (const by of [people.author.id, talker.id])
      await sql(`INSERT INTO idea_comments (idea_id, author_id, body, created_at) VALUES ($1, $2, 'Hm', now())`, [
        ideaId,
        by,
      ]);

    // Ada wrote it and commented, but to the crowd she is one of the participants; her co-author is not one.
    expect(await candidates(people.asker, ideaId, 'a')).toEqual(['Ava Talker', 'Ada Author', 'Mary Alison']);
    // Its authors and organisers know who wrote it.
    expect(await candidates(people.author, ideaId, 'a')).toEqual([
      'Ana Coauthor',
      'Ava Talker',
      'Alex Asker',
      'Mary Alison',
    ]);
    expect(await candidates(manager, ideaId, 'a')).toEqual([
      'Ada Author',
      'Ana Coauthor',
      'Ava Talker',
      'Alex Asker',
      'Mary Alison',
    ]);
  });

  it('answers 404 for an idea the caller cannot see, 401 when signed out and 400 for a bad prefix', async () => {
    const internal = await submittedIdea({ audience: 'internal' }, {}, member);
    const url = `/ideas/${internal.ideaId}/mention-candidates?q=ma`;
    expect((await call(people.outsider, 'GET', url)).statusCode).toBe(404);
    expect((await call(people.author, 'GET', url)).statusCode).toBe(404);
    expect((await call(undefined, 'GET', url)).statusCode).toBe(401);
    expect((await call(member, 'GET', url)).json()).toEqual([
      { id: staff.id, name: 'Mary Alison' },
      { id: manager.id, name: 'Maya Manager' },
    ]);
    const challengeId = await publishedChallenge(testApp.app, manager, organisationId);
    await call(people.author, 'POST', `/challenges/${challengeId}/participation`, {
      answers: {},
      acceptLicenceVersion: 1,
    });
    const draft = (await call(people.author, 'POST', `/challenges/${challengeId}/ideas`, { title: 'Draft' })).json();
    expect((await call(people.participant, 'GET', `/ideas/${draft.id}/mention-candidates?q=ma`)).statusCode).toBe(404);
    expect((await call(manager, 'GET', `/ideas/${draft.id}/mention-candidates?q=ma`)).statusCode).toBe(404);
    expect(
      (await call(people.author, 'GET', `/ideas/00000000-0000-4000-8000-000000000000/mention-candidates?q=ma`))
        .statusCode,
    ).toBe(404);

    const ideaUrl = `/ideas/${internal.ideaId}/mention-candidates`;
    for (const query of ['', '?q=', '?q=%20%20', `?q=${'a'.repeat(61)}`, '?q=ma&limit=3']) {
      const response = await call(member, 'GET', `${ideaUrl}${query}`);
      expect([query, response.statusCode]).toEqual([query, 400]);
    }
    expect((await call(member, 'GET', `${ideaUrl}?q=${'a'.repeat(60)}`)).statusCode).toBe(200);
  });

  it('tells a suggested person once, as a mention, when they are mentioned in a comment', async () => {
    const { challengeId, ideaId } = await submittedIdea();
    await join(people.participant, challengeId);
    const response = await call(people.commenter, 'GET', `/ideas/${ideaId}/mention-candidates?q=alice`);
    const [alice] = response.json() as { id: string }[];
    expect(alice.id).toBe(people.participant.id);
    const posted = await call(people.commenter, 'POST', `/ideas/${ideaId}/comments`, {
      body: '@Alice Jansen what do you think?',
      mentions: [alice.id],
    });
    expect(posted.statusCode).toBe(201);
    expect(
      await sql(`SELECT type, link FROM notifications WHERE user_id = $1 AND link LIKE $2`, [
        alice.id,
        `/ideas/${ideaId}%`,
      ]),
    ).toEqual([{ type: 'mention', link: `/ideas/${ideaId}#comments` }]);
  });
});
