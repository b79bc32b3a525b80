import { getEntityManagerToken } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
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

  it('has ideas in the demo challenges: submitted, co-authored, under review and selected, drafts kept private', async () => {
    const [tea] = await testApp.app
      .get<EntityManager>(getEntityManagerToken())
      .query(`SELECT id FROM challenges WHERE title = 'Invent a new way to make or drink tea'`);
    const listed = await testApp.app.inject({ method: 'GET', url: `/api/v1/challenges/${tea.id}/ideas` });
    expect(listed.statusCode).toBe(200);
    const items: { title: string; status: string; authors: { name: string }[] }[] = listed.json().items;
    expect(items.map(({ title, status }) => [title, status])).toEqual([
      ['Tea tasting evenings in the shops', 'submitted'],
      ['A folding infuser bottle for the train', 'under_review'],
    ]);
    expect(items[1].authors.map((author) => author.name)).toEqual(['Max Member', 'Mila Moderator']);
    const figures = await testApp.app.inject({ method: 'GET', url: `/api/v1/challenges/${tea.id}` });
    expect(figures.json().figures).toMatchObject({ ideas: 2, participants: 2 });
  });

  it('is seeded once', async () => {
    expect(await testApp.app.get(DemoSeeds).run()).toEqual([]);
  });
});
