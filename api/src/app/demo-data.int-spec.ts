import { DemoSeeds } from '@crowdforge/api-platform';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@crowdforge/api-identity';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('demo data', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
    await testApp.app.get(DemoSeeds).run();
  });
  afterAll(() => testApp.close());

  it('has one account per role that signs in with the documented password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: account.email, password: DEMO_PASSWORD },
      });
      expect(response.statusCode).toBe(200);
      const { user } = response.json();
      expect(user.isPlatformAdmin).toBe(account.platformAdmin ?? false);
      expect(user.memberships.map((membership: { role: string }) => membership.role)).toEqual(
        account.role ? [account.role] : [],
      );
    }
  });

  it('is seeded once', async () => {
    expect(await testApp.app.get(DemoSeeds).run()).toEqual([]);
  });
});
