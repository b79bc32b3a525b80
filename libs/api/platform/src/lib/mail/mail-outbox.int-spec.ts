import { randomUUID } from 'node:crypto';
import { getEntityManagerToken } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { startPlatformTestApp, type PlatformTestApp } from '../../testing';
import { Mailer } from './mailer';
import { MAIL_OUTBOX_PAGE_LIMIT, MailOutbox } from './mail-outbox';
import { MailOutboxMessage } from './mail-outbox-message.entity';

describe('MailOutbox (no SMTP_URL)', () => {
  let platform: PlatformTestApp;
  const mailer = () => platform.app.get(Mailer);
  const outbox = () => platform.app.get(MailOutbox);

  beforeAll(async () => {
    platform = await startPlatformTestApp({ env: { JOBS_ENABLED: 'true' } });
  });
  afterAll(() => platform.close());

  async function waitForOutbox(count: number): Promise<void> {
    const deadline = Date.now() + 15_000;
    while ((await outbox().list()).total < count) {
      if (Date.now() > deadline) throw new Error(`Expected ${count} messages in the outbox`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('keeps every message, listed newest first in pages, each readable in full', async () => {
    const link = 'https://crowdforge.example/verify?token=1';
    platform.clock.set('2026-05-01T08:00:00Z');
    const first = await mailer().sendTemplate('ann@example.org', 'verify-email', { link }, 'en');
    platform.clock.advance(60_000);
    const second = await mailer().sendTemplate('bas@example.org', 'verify-email', { link }, 'nl');
    platform.clock.advance(60_000);
    const third = await mailer().send({
      to: 'cor@example.org',
      template: 'custom',
      language: 'en',
      subject: 'Plain',
      text: 'Hello',
      html: '<p>Hello</p>',
    });
    await waitForOutbox(3);

    const { items, total } = await outbox().list();
    expect(total).toBe(3);
    expect(items.map((item) => item.id)).toEqual([third, second, first]);
    expect(items[1]).toEqual({
      id: second,
      createdAt: new Date('2026-05-01T08:01:00Z'),
      to: 'bas@example.org',
      subject: 'Bevestig je e-mailadres voor Crowdforge',
      language: 'nl',
      template: 'verify-email',
    });
    expect((await outbox().list({ limit: 2 })).items.map((item) => item.id)).toEqual([third, second]);
    expect((await outbox().list({ limit: 2, offset: 2 })).items.map((item) => item.id)).toEqual([first]);

    const full = await outbox().get(second);
    expect(full?.text).toContain(`\n${link}\n`);
    expect(full?.html).toContain('<html lang="nl">');
    expect(await outbox().get(randomUUID())).toBeNull();
    expect(await outbox().get('not-a-uuid')).toBeNull();
  });

  it('gives at most 100 messages a page', async () => {
    const manager = platform.app.get<EntityManager>(getEntityManagerToken());
    await manager.insert(
      MailOutboxMessage,
      Array.from({ length: MAIL_OUTBOX_PAGE_LIMIT + 5 }, (_, index) => ({
        id: randomUUID(),
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, index)),
        to: `person${index}@example.org`,
        subject: 'Bulk',
        text: 'Hello',
        html: '<p>Hello</p>',
        language: 'en',
        template: 'custom',
      })),
    );
    expect((await outbox().list({ limit: 1_000 })).items).toHaveLength(MAIL_OUTBOX_PAGE_LIMIT);
  });
});
