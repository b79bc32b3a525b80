import { getEntityManagerToken } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { SignedInPerson } from '../testing/people';
import { leafyTeaWith } from './idea-fixtures';
import { caller, publishedChallenge } from '../challenges/challenge-fixtures';

/** The conversation on an idea: threads, mentions, edits kept in the audit, helpful and official marks. */
describe('comments on ideas', () => {
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;
  let organisationId: string;
  let manager: SignedInPerson;
  let member: SignedInPerson;
  let author: SignedInPerson;
  let crowd: SignedInPerson;
  let outsider: SignedInPerson;

  const sql = <T>(query: string, parameters: unknown[] = []) =>
    testApp.app.get<EntityManager>(getEntityManagerToken()).query(query, parameters) as Promise<T[]>;

  const notificationsOf = (person: SignedInPerson) =>
    sql<{ type: string; link: string }>(`SELECT type, link FROM notifications WHERE user_id = $1 ORDER BY created_at`, [
      person.id,
    ]);

  /** A submitted idea by `author` in a fresh published challenge; returns its id. */
  async function submittedIdea(overrides: Record<string, unknown> = {}, by = author): Promise<string> {
    const challengeId = await publishedChallenge(testApp.app, manager, organisationId, overrides);
    await call(by, 'POST', `/challenges/${challengeId}/participation`, { answers: {}, acceptLicenceVersion: 1 });
    const idea = await call(by, 'POST', `/challenges/${challengeId}/ideas`, { title: 'Seaweed tea bags' });
    expect((await call(by, 'POST', `/ideas/${idea.json().id}/submission`, {})).statusCode).toBe(200);
    return idea.json().id;
  }

  const comment = (person: SignedInPerson | undefined, ideaId: string, body: Record<string, unknown>) =>
    call(person, 'POST', `/ideas/${ideaId}/comments`, body);

  beforeAll(async () => {
    testApp = await startTestApp();
    call = caller(testApp.app);
    const leafyTea = await leafyTeaWith(testApp.app, {
      author: 'Ada Author',
      crowd: 'Chris Crowd',
      outsider: 'Otto Outsider',
    });
    ({ organisationId, manager, member } = leafyTea);
    ({ author, crowd, outsider } = leafyTea.people);
  });
  afterAll(() => testApp.close());

  it('threads replies two levels deep and tells followers, the replied-to and the mentioned', async () => {
    const ideaId = await submittedIdea();
    const top = await comment(crowd, ideaId, { body: 'Does it **compost** at home?', mentions: [member.id] });
    expect(top.statusCode).toBe(201);
    expect(top.json()).toMatchObject({
      depth: 0,
      parentId: null,
      body: { html: '<p>Does it <strong>compost</strong> at home?</p>\n' },
      author: { name: 'Chris Crowd' },
      byStaff: false,
    });
    const reply = await comment(author, ideaId, { body: 'Yes, in eight weeks.', parentId: top.json().id });
    const replyToReply = await comment(crowd, ideaId, { body: 'Great', parentId: reply.json().id });
    expect([reply.json().depth, replyToReply.json().depth]).toEqual([1, 2]);
    const tooDeep = await comment(author, ideaId, { body: 'Deeper', parentId: replyToReply.json().id });
    expect(tooDeep.statusCode).toBe(400);
    expect(tooDeep.json().errors[0].field).toBe('parentId');

    const otherIdea = await submittedIdea();
    expect((await comment(crowd, otherIdea, { body: 'Wrong thread', parentId: top.json().id })).statusCode).toBe(404);

    const thread = (await call(undefined, 'GET', `/ideas/${ideaId}/comments`)).json();
    expect(thread.map((item: { depth: number; parentId: string | null }) => [item.depth, item.parentId])).toEqual([
      [0, null],
      [1, top.json().id],
      [2, reply.json().id],
    ]);

    // The author follows their idea; the crowd member followed by commenting and was replied to.
    expect((await notificationsOf(author)).filter((item) => item.type === 'comment')).toHaveLength(2);
    expect((await notificationsOf(crowd)).map((item) => item.type)).toEqual(['comment']);
    expect(await notificationsOf(member)).toEqual([{ type: 'mention', link: `/ideas/${ideaId}#comments` }]);
  });

  it('tells nobody who cannot see the idea when they are mentioned', async () => {
    const ideaId = await submittedIdea({ audience: 'internal' }, member);
    expect((await comment(member, ideaId, { body: 'Look, Otto', mentions: [outsider.id] })).statusCode).toBe(201);
    expect(await notificationsOf(outsider)).toEqual([]);
    expect((await call(outsider, 'GET', `/ideas/${ideaId}/comments`)).statusCode).toBe(404);
    expect((await comment(outsider, ideaId, { body: 'Let me in' })).statusCode).toBe(404);
  });

  it('lets authors edit and delete only their own comments, and keeps what they said in the audit', async () => {
    const ideaId = await submittedIdea();
    const said = await comment(crowd, ideaId, { body: 'First thought' });
    const id = said.json().id;
    expect((await call(author, 'PATCH', `/comments/${id}`, { body: 'Not mine' })).statusCode).toBe(403);
    expect((await call(author, 'DELETE', `/comments/${id}`)).statusCode).toBe(403);
    expect((await call(crowd, 'PATCH', `/comments/${id}`, { body: '<b>bold</b>' })).statusCode).toBe(400);

    const edited = await call(crowd, 'PATCH', `/comments/${id}`, { body: 'Second thought' });
    expect(edited.json()).toMatchObject({ body: { markdown: 'Second thought' }, editedAt: expect.any(String) });
    expect((await call(crowd, 'DELETE', `/comments/${id}`)).statusCode).toBe(204);
    const [gone] = (await call(undefined, 'GET', `/ideas/${ideaId}/comments`)).json();
    expect(gone).toMatchObject({ id, deleted: true, body: null });
    expect(
      await sql(
        `SELECT action, data->>'before' AS before FROM audit_log WHERE object_id = $1 AND action IN ('idea.comment_edited', 'idea.comment_deleted') ORDER BY occurred_at, action DESC`,
        [id],
      ),
    ).toEqual([
      { action: 'idea.comment_edited', before: 'First thought' },
      { action: 'idea.comment_deleted', before: 'Second thought' },
    ]);
    expect((await call(crowd, 'PATCH', `/comments/${id}`, { body: 'Back' })).statusCode).toBe(409);
  });

  it('counts a helpful mark once per person and never on one’s own comment', async () => {
    const ideaId = await submittedIdea();
    const id = (await comment(crowd, ideaId, { body: 'Try kelp' })).json().id;
    expect((await call(crowd, 'PUT', `/comments/${id}/helpful`)).statusCode).toBe(409);
    await Promise.all([1, 2, 3].map(() => call(author, 'PUT', `/comments/${id}/helpful`)));
    const marked = await call(member, 'PUT', `/comments/${id}/helpful`);
    expect(marked.json()).toMatchObject({ helpful: 2, viewer: { markedHelpful: true } });
    const unmarked = await call(member, 'DELETE', `/comments/${id}/helpful`);
    expect(unmarked.json()).toMatchObject({ helpful: 1, viewer: { markedHelpful: false } });
    expect((await call(undefined, 'PUT', `/comments/${id}/helpful`)).statusCode).toBe(401);
  });

  it('lets organisers mark a staff comment as the official response, recording the time to first response', async () => {
    const ideaId = await submittedIdea();
    const fromCrowd = (await comment(crowd, ideaId, { body: 'Looks good' })).json().id;
    const fromStaff = await comment(member, ideaId, { body: 'We will test it in our lab.' });
    expect(fromStaff.json().byStaff).toBe(true);

    expect((await call(member, 'PUT', `/comments/${fromStaff.json().id}/official`)).statusCode).toBe(403);
    expect((await call(manager, 'PUT', `/comments/${fromCrowd}/official`)).statusCode).toBe(409);
    const official = await call(manager, 'PUT', `/comments/${fromStaff.json().id}/official`);
    expect(official.json().official).toBe(true);
    const idea = (await call(author, 'GET', `/ideas/${ideaId}`)).json();
    expect(idea.firstOfficialResponseAt).toBe(fromStaff.json().createdAt);
  });

  it('counts the comments on an idea exactly: added, deleted, and many at once', async () => {
    const ideaId = await submittedIdea();
    const { challengeId } = (await call(author, 'GET', `/ideas/${ideaId}`)).json();
    const listed = async () => {
      const items: { id: string; commentCount: number }[] = (
        await call(crowd, 'GET', `/challenges/${challengeId}/ideas`)
      ).json().items;
      return items.find((item) => item.id === ideaId)?.commentCount;
    };
    const first = await comment(crowd, ideaId, { body: 'First' });
    await comment(author, ideaId, { body: 'A reply', parentId: first.json().id });
    expect(await listed()).toBe(2);
    expect((await call(crowd, 'DELETE', `/comments/${first.json().id}`)).statusCode).toBe(204);
    expect(await listed()).toBe(1);

    const racing = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        comment(index % 2 ? crowd : author, ideaId, { body: `At once ${index}` }),
      ),
    );
    expect(racing.map((response) => response.statusCode)).toEqual(Array(12).fill(201));
    expect(await listed()).toBe(13);
    const [stored] = await sql<{ kept: number; counted: number }>(
      `SELECT i.comment_count AS kept, (SELECT count(*) FROM idea_comments c WHERE c.idea_id = i.id AND c.deleted_at IS NULL)::int AS counted
       FROM ideas i WHERE i.id = $1`,
      [ideaId],
    );
    expect(stored).toEqual({ kept: 13, counted: 13 });
  });

  it('opens comments only on submitted ideas, and follows and unfollows', async () => {
    const challengeId = await publishedChallenge(testApp.app, manager, organisationId);
    await call(author, 'POST', `/challenges/${challengeId}/participation`, { answers: {}, acceptLicenceVersion: 1 });
    const draft = (await call(author, 'POST', `/challenges/${challengeId}/ideas`, { title: 'A draft' })).json();
    expect((await comment(author, draft.id, { body: 'Note to self' })).statusCode).toBe(409);
    expect((await comment(crowd, draft.id, { body: 'Peek' })).statusCode).toBe(404);
    expect(draft.viewer.isFollowing).toBe(true);

    const ideaId = await submittedIdea();
    expect((await call(crowd, 'PUT', `/ideas/${ideaId}/follow`)).statusCode).toBe(204);
    expect((await call(crowd, 'GET', `/ideas/${ideaId}`)).json().viewer.isFollowing).toBe(true);
    expect((await call(crowd, 'DELETE', `/ideas/${ideaId}/follow`)).statusCode).toBe(204);
    expect((await call(crowd, 'GET', `/ideas/${ideaId}`)).json().viewer.isFollowing).toBe(false);
    expect((await call(outsider, 'PUT', `/ideas/${draft.id}/follow`)).statusCode).toBe(404);
  });
});
