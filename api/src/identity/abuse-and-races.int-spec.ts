import { getEntityManagerToken } from '@nestjs/typeorm';
import { Clock, ManualClock } from '@crowdforge/api-platform';
import { createTestDatabase, type TestDatabase } from '@crowdforge/api-platform/testing';
import type { EntityManager } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { createPerson, createSignedIn, signIn } from '../testing/people';

const signUp = (testApp: TestApp, email: string, headers: Record<string, string> = {}) =>
  testApp.app.inject({
    method: 'POST',
    url: '/api/v1/accounts',
    headers,
    payload: { email, password: 'a long unusual passphrase', displayName: 'Racer' },
  });

describe('races', () => {
  let testApp: TestApp;
  const sql = (query: string, parameters: unknown[]) =>
    testApp.app.get<EntityManager>(getEntityManagerToken()).query(query, parameters);

  beforeAll(async () => {
    testApp = await startTestApp({ env: { TRUST_PROXY: '1' } });
  });
  afterAll(() => testApp.close());

  it('creates one account when the same email signs up many times at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        signUp(testApp, 'Race@Example.test', { 'x-forwarded-for': `203.0.113.${index + 1}` }),
      ),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(8).fill(202));
    expect(await sql('SELECT count(*)::int AS n FROM users WHERE email = $1', ['race@example.test'])).toEqual([
      { n: 1 },
    ]);
  });

  it('never lets parallel requests exceed the limit of 20 access tokens', async () => {
    const person = await createSignedIn(testApp.app);
    const answers = await Promise.all(
      Array.from({ length: 26 }, (_, index) =>
        testApp.app.inject({
          method: 'POST',
          url: '/api/v1/me/tokens',
          headers: person.headers,
          payload: { name: `t${index}`, scopes: ['read'] },
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(20);
    expect(statuses.filter((status) => status === 409)).toHaveLength(6);
    expect(await sql('SELECT count(*)::int AS n FROM personal_access_tokens WHERE user_id = $1', [person.id])).toEqual([
      { n: 20 },
    ]);
  });
});

describe('rate limits', () => {
  it('ignore a forged X-Forwarded-For when no proxy is trusted', async () => {
    const testApp = await startTestApp({ env: { TRUST_PROXY: '0' } });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 12; attempt++) {
        const answer = await signUp(testApp, `spoof-${attempt}@example.test`, {
          'x-forwarded-for': `198.51.100.${attempt}`,
        });
        statuses.push(answer.statusCode);
      }
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(202));
      expect(statuses.slice(10)).toEqual([429, 429]);
    } finally {
      await testApp.close();
    }
  });

  it('are shared by every API instance through Redis', async () => {
    const database: TestDatabase = await createTestDatabase();
    const redis = { REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379' };
    const first = await startTestApp({ databaseUrl: database.url, env: redis });
    const second = await startTestApp({ databaseUrl: database.url, env: redis });
    try {
      const person = await createPerson(first.app);
      const wrong = { email: person.email, password: `wrong-password-${process.pid}-${Date.now()}` };
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 12; attempt++) {
        const instance = attempt % 2 === 0 ? first : second;
        statuses.push(
          (await instance.app.inject({ method: 'POST', url: '/api/v1/session', payload: wrong })).statusCode,
        );
      }
      // Ten attempts per account in 15 minutes, counted across both instances.
      expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    } finally {
      await first.close();
      await second.close();
      await database.drop();
    }
  });
});

describe('expiry', () => {
  let testApp: TestApp;
  const clock = new ManualClock(new Date());

  beforeAll(async () => {
    testApp = await startTestApp({ override: (builder) => builder.overrideProvider(Clock).useValue(clock) });
  });
  afterAll(() => testApp.close());

  it('ends a session 30 days after sign-in', async () => {
    const person = await signIn(testApp.app, await createPerson(testApp.app));
    clock.advance(29 * 86_400_000);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/v1/me', headers: person.headers })).statusCode).toBe(
      200,
    );
    clock.advance(2 * 86_400_000);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/v1/me', headers: person.headers })).statusCode).toBe(
      401,
    );
  });
});
