import { getEntityManagerToken } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { createPerson, createSignedIn, signIn, TEST_PASSWORD, type SignedInPerson } from '../testing/people';

describe('sessions, profile and access tokens', () => {
  let testApp: TestApp;
  const request = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    headers: Record<string, string>,
    payload?: object,
  ) => testApp.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload && { payload }) });

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  it('returns the session and its CSRF token, and signs out on the very next request', async () => {
    const person = await createSignedIn(testApp.app);
    const current = await request('GET', '/session', { cookie: person.cookie });
    expect(current.json()).toMatchObject({ user: { id: person.id }, csrfToken: person.csrfToken });
    expect((await request('DELETE', '/session', person.headers)).statusCode).toBe(204);
    expect((await request('GET', '/me', { cookie: person.cookie })).statusCode).toBe(401);
  });

  it('refuses state changes without the CSRF token', async () => {
    const person = await createSignedIn(testApp.app);
    expect((await request('PATCH', '/me', { cookie: person.cookie }, { bio: 'x' })).statusCode).toBe(403);
    expect(
      (await request('PATCH', '/me', { cookie: person.cookie, 'x-csrf-token': 'wrong' }, { bio: 'x' })).statusCode,
    ).toBe(403);
    expect((await request('PATCH', '/me', person.headers, { bio: 'Tea lover' })).json().bio).toBe('Tea lover');
  });

  it('updates profile and privacy choices, and refuses fields that are not its own', async () => {
    const person = await createSignedIn(testApp.app);
    const updated = await request('PATCH', '/me', person.headers, {
      displayName: '  Ada  ',
      expertise: ['Tea', 'tea', 'Packaging'],
      language: 'nl',
      showOnLeaderboards: false,
    });
    expect(updated.json()).toMatchObject({
      displayName: 'Ada',
      expertise: ['tea', 'packaging'],
      language: 'nl',
      showOnLeaderboards: false,
    });
    const escalation = await request('PATCH', '/me', person.headers, {
      isPlatformAdmin: true,
      email: 'x@example.test',
    });
    expect(escalation.statusCode).toBe(400);
    expect((await request('GET', '/me', person.headers)).json().isPlatformAdmin).toBe(false);
  });

  it('changing the password ends the other sessions but keeps this one', async () => {
    const person = await createPerson(testApp.app);
    const here = await signIn(testApp.app, person);
    const elsewhere = await signIn(testApp.app, person);
    const changed = await request('PUT', '/me/password', here.headers, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a fresh passphrase here',
    });
    expect(changed.statusCode).toBe(204);
    expect((await request('GET', '/me', here.headers)).statusCode).toBe(200);
    expect((await request('GET', '/me', elsewhere.headers)).statusCode).toBe(401);
    const wrongCurrent = await request('PUT', '/me/password', here.headers, {
      currentPassword: 'nope nope nope',
      newPassword: 'another passphrase',
    });
    expect(wrongCurrent.statusCode).toBe(400);
  });

  describe('personal access tokens', () => {
    let owner: SignedInPerson;
    beforeAll(async () => {
      owner = await createSignedIn(testApp.app);
    });

    it('are created once-visible, authenticate API calls, and stop working when revoked', async () => {
      const created = await request('POST', '/me/tokens', owner.headers, { name: 'Script', scopes: ['read', 'write'] });
      expect(created.statusCode).toBe(201);
      const { id, token } = created.json();
      expect(token).toMatch(/^cf_pat_/);
      const listed = await request('GET', '/me/tokens', owner.headers);
      expect(listed.json()).toEqual([expect.objectContaining({ id, name: 'Script' })]);
      expect(listed.body).not.toContain(token);

      const bearer = { authorization: `Bearer ${token}` };
      expect((await request('GET', '/me', bearer)).json().id).toBe(owner.id);
      expect((await request('PATCH', '/me', bearer, { bio: 'via token' })).statusCode).toBe(200);

      expect((await request('DELETE', `/me/tokens/${id}`, owner.headers)).statusCode).toBe(204);
      expect((await request('GET', '/me', bearer)).statusCode).toBe(401);
    });

    it('with only the read scope cannot change anything', async () => {
      const { token } = (
        await request('POST', '/me/tokens', owner.headers, { name: 'Reader', scopes: ['read'] })
      ).json();
      const bearer = { authorization: `Bearer ${token}` };
      expect((await request('GET', '/me', bearer)).statusCode).toBe(200);
      expect((await request('PATCH', '/me', bearer, { bio: 'nope' })).statusCode).toBe(403);
    });

    it('cannot manage tokens, passwords or the account', async () => {
      const { token } = (
        await request('POST', '/me/tokens', owner.headers, { name: 'Writer', scopes: ['write'] })
      ).json();
      const bearer = { authorization: `Bearer ${token}` };
      expect((await request('GET', '/me/tokens', bearer)).statusCode).toBe(403);
      expect((await request('POST', '/me/tokens', bearer, { name: 'Child', scopes: ['write'] })).statusCode).toBe(403);
      expect(
        (await request('PUT', '/me/password', bearer, { currentPassword: TEST_PASSWORD, newPassword: 'x'.repeat(20) }))
          .statusCode,
      ).toBe(403);
    });

    it('of someone else cannot be revoked', async () => {
      const { id } = (await request('POST', '/me/tokens', owner.headers, { name: 'Mine', scopes: ['read'] })).json();
      const stranger = await createSignedIn(testApp.app);
      expect((await request('DELETE', `/me/tokens/${id}`, stranger.headers)).statusCode).toBe(404);
    });

    it('are refused when malformed or unknown', async () => {
      for (const authorization of ['Bearer cf_pat_unknown', 'Bearer ' + 'x'.repeat(500), 'Basic abc']) {
        expect((await request('GET', '/me', { authorization })).statusCode).toBe(401);
      }
    });
  });

  it('exports everything about me and erases it on deletion, keeping the account row as "former member"', async () => {
    const person = await createSignedIn(testApp.app, { name: 'Leaving Person' });
    const exported = await request('GET', '/me/export', person.headers);
    expect(exported.headers['content-disposition']).toContain('attachment');
    expect(exported.json()).toMatchObject({
      profile: { id: person.id, displayName: 'Leaving Person' },
      sessions: [expect.any(Object)],
    });

    expect((await request('DELETE', '/me', person.headers, { password: 'wrong password!' })).statusCode).toBe(400);
    expect((await request('DELETE', '/me', person.headers, { password: TEST_PASSWORD })).statusCode).toBe(204);
    expect((await request('GET', '/me', { cookie: person.cookie })).statusCode).toBe(401);
    const [row] = await testApp.app
      .get<EntityManager>(getEntityManagerToken())
      .query('SELECT email, password_hash, display_name, deleted_at FROM users WHERE id = $1', [person.id]);
    expect(row).toMatchObject({ email: null, password_hash: null, display_name: 'Former member' });
    expect(row.deleted_at).not.toBeNull();
  });
});
