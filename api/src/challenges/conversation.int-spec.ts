import { getEntityManagerToken } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { addMember, createOrganisation, createSignedIn, type SignedInPerson } from '../testing/people';
import { caller, completeBrief, publishedChallenge } from './challenge-fixtures';

/** The brief as a conversation: questions, amendments taken into revisions, announcements, closing the loop. */
describe('the conversation about a brief', () => {
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;
  let organisationId: string;
  let manager: SignedInPerson;
  let member: SignedInPerson;
  let crowd: SignedInPerson;

  const sql = <T>(query: string, parameters: unknown[] = []) =>
    testApp.app.get<EntityManager>(getEntityManagerToken()).query(query, parameters) as Promise<T[]>;

  /** The titles of a person's notifications of a type, waiting for the notice job to deliver them. */
  async function notified(person: SignedInPerson, type: string, expected: number): Promise<string[]> {
    for (let attempt = 0; attempt < 60; attempt++) {
      const rows = await sql<{ title: string }>(`SELECT title FROM notifications WHERE user_id = $1 AND type = $2`, [
        person.id,
        type,
      ]);
      if (rows.length >= expected) return rows.map((row) => row.title);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${person.email} got no ${type} notification`);
  }

  beforeAll(async () => {
    testApp = await startTestApp({ env: { JOBS_ENABLED: 'true' } });
    call = caller(testApp.app);
    organisationId = await createOrganisation(testApp.app, 'Leafy Tea');
    manager = await createSignedIn(testApp.app, { name: 'Maya Manager' });
    member = await createSignedIn(testApp.app, { name: 'Max Member' });
    crowd = await createSignedIn(testApp.app, { name: 'Chris Crowd' });
    await addMember(testApp.app, organisationId, manager, 'manager');
    await addMember(testApp.app, organisationId, member, 'member');
  });
  afterAll(() => testApp.close());

  it('answers questions publicly and tells the asker and the followers', async () => {
    const id = await publishedChallenge(testApp.app, manager, organisationId);
    await call(member, 'PUT', `/challenges/${id}/follow`);
    const asked = await call(crowd, 'POST', `/challenges/${id}/questions`, { body: 'May teams of two take part?' });
    expect(asked.statusCode).toBe(201);
    expect((await call(crowd, 'GET', `/challenges/${id}`)).json().viewer.isFollowing).toBe(true);

    const questionId = asked.json().id;
    expect(
      (await call(crowd, 'PUT', `/challenges/${id}/questions/${questionId}/answer`, { body: 'Sure' })).statusCode,
    ).toBe(403);
    const answered = await call(manager, 'PUT', `/challenges/${id}/questions/${questionId}/answer`, {
      body: 'Yes, **together**.',
    });
    expect(answered.json()).toMatchObject({
      author: 'Chris Crowd',
      answer: { by: 'Maya Manager', body: { html: '<p>Yes, <strong>together</strong>.</p>\n' } },
    });
    expect((await call(undefined, 'GET', `/challenges/${id}/questions`)).json()).toHaveLength(1);

    expect(await notified(crowd, 'question_answered', 1)).toEqual([
      `A question about “Invent a new way to drink tea” was answered`,
    ]);
    expect(await notified(member, 'question_answered', 1)).toHaveLength(1);
    expect(await sql(`SELECT 1 FROM notifications WHERE user_id = $1`, [manager.id])).toEqual([]);
  });

  it('takes a suggested amendment into a new revision, shows the change word by word and tells the author', async () => {
    const id = await publishedChallenge(testApp.app, manager, organisationId, {
      brief: { ...(completeBrief().brief as object), constraints: 'No single-use plastic.\n\nUnder EUR 15 to make.' },
    });
    const outOfRange = await call(crowd, 'POST', `/challenges/${id}/amendments`, {
      section: 'constraints',
      paragraph: 2,
      proposed: 'x',
      rationale: '',
    });
    expect(outOfRange.statusCode).toBe(400);
    const suggested = await call(crowd, 'POST', `/challenges/${id}/amendments`, {
      section: 'constraints',
      paragraph: 1,
      proposed: 'Under EUR 10 to make.',
      rationale: 'Students cannot pay more.',
    });
    expect(suggested.statusCode).toBe(201);
    expect(suggested.json()).toMatchObject({ state: 'open', original: 'Under EUR 15 to make.', author: 'Chris Crowd' });
    const amendmentId = suggested.json().id;

    expect((await call(member, 'POST', `/challenges/${id}/amendments/${amendmentId}/accept`, {})).statusCode).toBe(403);
    const accepted = await call(manager, 'POST', `/challenges/${id}/amendments/${amendmentId}/accept`, {
      response: 'Good point.',
    });
    expect(accepted.json()).toMatchObject({ state: 'accepted', revision: 1, response: 'Good point.' });
    expect((await call(manager, 'POST', `/challenges/${id}/amendments/${amendmentId}/accept`, {})).statusCode).toBe(
      409,
    );

    const detail = (await call(crowd, 'GET', `/challenges/${id}`)).json();
    expect(detail).toMatchObject({
      revision: 1,
      brief: { constraints: { markdown: 'No single-use plastic.\n\nUnder EUR 10 to make.' } },
    });
    const revision = (await call(crowd, 'GET', `/challenges/${id}/revisions/1`)).json();
    expect(revision.summary).toBe('Took in a suggestion by Chris Crowd on the constraints');
    expect(revision.changes).toEqual([
      {
        field: 'brief.constraints',
        parts: [
          { kind: 'same', text: 'No single-use plastic.\n\nUnder EUR ' },
          { kind: 'removed', text: '15' },
          { kind: 'added', text: '10' },
          { kind: 'same', text: ' to make.' },
        ],
      },
    ]);
    expect((await call(crowd, 'GET', `/challenges/${id}/revisions/7`)).statusCode).toBe(404);
    expect(await notified(crowd, 'amendment_decided', 1)).toEqual([
      `Your suggestion for “Invent a new way to drink tea” was taken in`,
    ]);
    expect(await notified(crowd, 'brief_revision', 1)).toHaveLength(1);
  });

  it('refuses to take in a suggestion whose paragraph changed since, and declines only with a reason', async () => {
    const id = await publishedChallenge(testApp.app, manager, organisationId);
    const suggest = () =>
      call(crowd, 'POST', `/challenges/${id}/amendments`, {
        section: 'rewards',
        paragraph: 0,
        proposed: 'Two years of tea.',
        rationale: '',
      });
    const first = (await suggest()).json().id;
    const second = (await suggest()).json().id;
    await call(manager, 'PATCH', `/challenges/${id}`, {
      brief: { rewards: 'A year of tea and a visit.' },
      changeSummary: 'Better rewards',
    });
    expect((await call(manager, 'POST', `/challenges/${id}/amendments/${first}/accept`, {})).statusCode).toBe(409);
    expect((await call(manager, 'POST', `/challenges/${id}/amendments/${second}/decline`, {})).statusCode).toBe(400);
    const declined = await call(manager, 'POST', `/challenges/${id}/amendments/${second}/decline`, {
      response: 'We changed it already.',
    });
    expect(declined.json()).toMatchObject({ state: 'declined', response: 'We changed it already.', revision: null });
  });

  it('announces to followers and participants, and closes the loop with a thank-you every participant hears', async () => {
    const id = await publishedChallenge(testApp.app, manager, organisationId);
    const participant = await createSignedIn(testApp.app);
    await call(participant, 'POST', `/challenges/${id}/participation`, { answers: {}, acceptLicenceVersion: 1 });
    await call(participant, 'DELETE', `/challenges/${id}/follow`);
    expect((await call(participant, 'GET', `/challenges/${id}`)).json().viewer).toMatchObject({
      isFollowing: false,
      isParticipant: true,
    });

    expect(
      (await call(member, 'POST', `/challenges/${id}/announcements`, { title: 'Hello', body: 'Hi' })).statusCode,
    ).toBe(403);
    const announced = await call(manager, 'POST', `/challenges/${id}/announcements`, {
      title: 'Voting opens Monday',
      body: 'Get ready.',
    });
    expect(announced.statusCode).toBe(201);
    expect((await call(undefined, 'GET', `/challenges/${id}/announcements`)).json()[0]).toMatchObject({
      title: 'Voting opens Monday',
      author: 'Maya Manager',
    });
    expect(await notified(participant, 'announcement', 1)).toEqual([
      'Invent a new way to drink tea: Voting opens Monday',
    ]);

    const short = await call(manager, 'POST', `/challenges/${id}/close`, { thankYou: 'Thanks', outcome: 'x' });
    expect(short.statusCode).toBe(400);
    const closed = await call(manager, 'POST', `/challenges/${id}/close`, {
      thankYou: 'Thank you all for 40 ideas!',
      outcome: 'We prototype the **Tea Hourglass**.',
    });
    expect(closed.json()).toMatchObject({
      state: 'closed',
      stage: 'closed',
      closeOut: { outcome: { html: '<p>We prototype the <strong>Tea Hourglass</strong>.</p>\n' } },
    });
    expect(closed.json().windows.every((window: { open: boolean }) => !window.open)).toBe(true);
    expect(await notified(participant, 'challenge_closed', 1)).toHaveLength(1);

    expect(
      (
        await call(manager, 'POST', `/challenges/${id}/close`, {
          thankYou: 'Thanks again!',
          outcome: 'Still the same.',
        })
      ).statusCode,
    ).toBe(409);
    expect((await call(crowd, 'POST', `/challenges/${id}/questions`, { body: 'Is it over?' })).statusCode).toBe(409);
    expect(
      (await call(crowd, 'POST', `/challenges/${id}/participation`, { answers: {}, acceptLicenceVersion: 1 }))
        .statusCode,
    ).toBe(409);
    expect(
      (await call(manager, 'PATCH', `/challenges/${id}`, { tagline: 'Late', changeSummary: 'Late change' })).statusCode,
    ).toBe(409);
  });

  it('keeps an internal challenge’s conversation from outsiders', async () => {
    const id = await publishedChallenge(testApp.app, manager, organisationId, { audience: 'internal' });
    expect((await call(crowd, 'GET', `/challenges/${id}/questions`)).statusCode).toBe(404);
    expect((await call(crowd, 'POST', `/challenges/${id}/questions`, { body: 'Can I see this?' })).statusCode).toBe(
      404,
    );
    expect((await call(crowd, 'PUT', `/challenges/${id}/follow`)).statusCode).toBe(404);
    expect((await call(member, 'POST', `/challenges/${id}/questions`, { body: 'Colleague question' })).statusCode).toBe(
      201,
    );
  });
});
