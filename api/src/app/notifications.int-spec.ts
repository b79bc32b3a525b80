import { getEntityManagerToken } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { addMember, createOrganisation, createSignedIn, TEST_PASSWORD } from '../testing/people';
import { waitForMail } from '../testing/outbox';

describe('notifications', () => {
  let testApp: TestApp;
  const call = (
    headers: Record<string, string>,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) => testApp.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload && { payload }) });

  beforeAll(async () => {
    testApp = await startTestApp({ env: { JOBS_ENABLED: 'true' } });
  });
  afterAll(() => testApp.close());

  it('tells a member in their inbox and by email when their role changes; only they see it', async () => {
    const owner = await createSignedIn(testApp.app);
    const member = await createSignedIn(testApp.app);
    const organisationId = await createOrganisation(testApp.app, 'Stadsdeel Noord');
    await addMember(testApp.app, organisationId, owner, 'owner');
    await addMember(testApp.app, organisationId, member, 'member');
    await call(member.headers, 'PATCH', '/me', { language: 'nl' });

    expect(
      (
        await call(owner.headers, 'PUT', `/organisations/${organisationId}/members/${member.id}/role`, {
          role: 'moderator',
        })
      ).statusCode,
    ).toBe(204);

    const inbox = (await call(member.headers, 'GET', '/me/notifications')).json();
    expect(inbox).toMatchObject({ total: 1, unread: 1 });
    expect(inbox.items[0]).toMatchObject({
      type: 'membership',
      title: 'Je rol bij Stadsdeel Noord is gewijzigd',
      body: 'Je bent nu moderator.',
      readAt: null,
    });
    const mail = await waitForMail(testApp.app, member.email, 'notification');
    expect(mail.language).toBe('nl');
    expect(mail.text).toContain('Je bent nu moderator.');

    expect((await call(owner.headers, 'GET', '/me/notifications')).json().total).toBe(0);
    expect((await call(owner.headers, 'POST', `/me/notifications/${inbox.items[0].id}/read`)).statusCode).toBe(404);

    expect((await call(member.headers, 'POST', `/me/notifications/${inbox.items[0].id}/read`)).statusCode).toBe(204);
    expect((await call(member.headers, 'GET', '/me/notifications?unread=true')).json()).toMatchObject({
      total: 0,
      unread: 0,
    });

    expect((await call(member.headers, 'DELETE', '/me', { password: TEST_PASSWORD })).statusCode).toBe(204);
    // Deleting the account erases the person's notifications too.
    const [{ n }] = await testApp.app
      .get<EntityManager>(getEntityManagerToken())
      .query('SELECT count(*)::int AS n FROM notifications WHERE user_id = $1', [member.id]);
    expect(n).toBe(0);
  });

  it('refuses malformed paging', async () => {
    const person = await createSignedIn(testApp.app);
    for (const query of ['limit=0', 'limit=101', 'offset=-1', 'unread=maybe', 'limit=abc']) {
      expect((await call(person.headers, 'GET', `/me/notifications?${query}`)).statusCode).toBe(400);
    }
  });
});
