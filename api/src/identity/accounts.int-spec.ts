import { sign } from 'jsonwebtoken';
import { startTestApp, type TestApp } from '../testing/test-app';
import { createPerson, signIn, TEST_PASSWORD } from '../testing/people';
import { mailCount, tokenFrom, waitForMail } from '../testing/outbox';

describe('accounts', () => {
  let testApp: TestApp;
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    testApp.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers });

  beforeAll(async () => {
    testApp = await startTestApp({ env: { JOBS_ENABLED: 'true' } });
  });
  afterAll(() => testApp.close());

  it('signs up, verifies the email by the emailed link, then signs in', async () => {
    const email = 'New.Person@Example.test';
    const signUp = await post('/accounts', {
      email,
      password: 'a long unusual passphrase',
      displayName: 'New Person',
      language: 'nl',
    });
    expect(signUp.statusCode).toBe(202);

    const refused = await post('/session', { email: 'new.person@example.test', password: 'a long unusual passphrase' });
    expect(refused.statusCode).toBe(403);

    const mail = await waitForMail(testApp.app, 'new.person@example.test', 'verify-email');
    expect(mail.language).toBe('nl');
    const token = tokenFrom(mail);
    expect((await post('/accounts/verification', { token })).statusCode).toBe(204);
    expect((await post('/accounts/verification', { token })).statusCode).toBe(400);

    const session = await post('/session', { email: 'NEW.person@example.test', password: 'a long unusual passphrase' });
    expect(session.statusCode).toBe(200);
    expect(session.json().user).toMatchObject({
      email: 'new.person@example.test',
      emailVerified: true,
      language: 'nl',
    });
    expect(String(session.headers['set-cookie'])).toMatch(/cf_session=.+; .*HttpOnly; SameSite=Lax/);
  });

  it('answers a sign-up for a taken address exactly like a new one, and tells the owner by mail', async () => {
    const person = await createPerson(testApp.app);
    const response = await post('/accounts', {
      email: person.email.toUpperCase(),
      password: 'another long passphrase',
      displayName: 'Impostor',
    });
    expect(response.statusCode).toBe(202);
    expect(response.body).toBe('');
    const mail = await waitForMail(testApp.app, person.email, 'notification');
    expect(mail.subject).toMatch(/account/i);
  });

  it.each([
    ['too short', 'short1'],
    ['common', 'qwertyuiop'],
    ['common, other case', 'Password123'],
  ])('refuses a weak password (%s) and creates nothing', async (_, password) => {
    const email = `weak-${password.length}-${Date.now()}@example.test`;
    const response = await post('/accounts', { email, password, displayName: 'Weak' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('password');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await mailCount(testApp.app, email)).toBe(0);
  });

  it('refuses invalid emails and mass assignment', async () => {
    expect(
      (await post('/accounts', { email: 'not-an-email', password: 'a long unusual passphrase', displayName: 'X' }))
        .statusCode,
    ).toBe(400);
    const escalation = await post('/accounts', {
      email: 'sneaky@example.test',
      password: 'a long unusual passphrase',
      displayName: 'X',
      isPlatformAdmin: true,
    });
    expect(escalation.statusCode).toBe(400);
    expect(escalation.json().errors).toEqual([
      { field: 'isPlatformAdmin', messages: ['property isPlatformAdmin should not exist'] },
    ]);
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const person = await createPerson(testApp.app);
    const wrongPassword = await post('/session', { email: person.email, password: 'not the password at all' });
    const unknown = await post('/session', { email: 'nobody-here@example.test', password: 'not the password at all' });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrongPassword.json().detail).toBe(unknown.json().detail);
  });

  it('resets a forgotten password with a single-use link and ends every session', async () => {
    const person = await createPerson(testApp.app);
    const before = await signIn(testApp.app, person);
    expect((await post('/accounts/password-reset', { email: person.email })).statusCode).toBe(202);
    expect((await post('/accounts/password-reset', { email: 'unknown-reset@example.test' })).statusCode).toBe(202);
    const token = tokenFrom(await waitForMail(testApp.app, person.email, 'reset-password'));

    expect((await post('/accounts/password-reset/confirm', { token, password: 'qwertyuiop' })).statusCode).toBe(400);
    expect(
      (await post('/accounts/password-reset/confirm', { token, password: 'a brand new passphrase' })).statusCode,
    ).toBe(204);
    expect(
      (await post('/accounts/password-reset/confirm', { token, password: 'yet another passphrase' })).statusCode,
    ).toBe(400);

    const me = await testApp.app.inject({ method: 'GET', url: '/api/v1/me', headers: before.headers });
    expect(me.statusCode).toBe(401);
    expect((await post('/session', { email: person.email, password: TEST_PASSWORD })).statusCode).toBe(401);
    expect((await post('/session', { email: person.email, password: 'a brand new passphrase' })).statusCode).toBe(200);
  });

  it('refuses forged link tokens: alg none, a wrong key, another purpose', async () => {
    const person = await createPerson(testApp.app, { verified: false });
    const claims = { sub: person.id, purpose: 'verify_email', jti: '00000000-0000-4000-8000-000000000000' };
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    const wrongKey = sign(claims, 'a-key-that-is-not-the-servers-key-0123456789', { algorithm: 'HS256' });
    const hs512 = sign(claims, 'test-secret-0123456789-0123456789-0123456789', { algorithm: 'HS512' });
    for (const token of [unsigned, wrongKey, hs512, 'garbage.token.value']) {
      const response = await post('/accounts/verification', { token });
      expect(response.statusCode).toBe(400);
    }
    expect((await post('/accounts/password-reset', { email: person.email })).statusCode).toBe(202);
    const resetToken = tokenFrom(await waitForMail(testApp.app, person.email, 'reset-password'));
    expect((await post('/accounts/verification', { token: resetToken })).statusCode).toBe(400);
  });

  it('rate-limits password reset requests per account with Retry-After', async () => {
    const person = await createPerson(testApp.app);
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await post('/accounts/password-reset', { email: person.email });
      statuses.push(response.statusCode);
      retryAfter ??= response.headers['retry-after'] as string | undefined;
    }
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
