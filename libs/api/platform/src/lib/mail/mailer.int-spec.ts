import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { startPlatformTestApp, startSmtpListener, type PlatformTestApp, type SmtpListener } from '../../testing';
import { MAIL_JOB, MailDeliveryPolicy, Mailer } from './mailer';

const LINK = 'https://crowdforge.example/reset?token=abc';

describe('Mailer over SMTP', () => {
  let listener: SmtpListener;
  let platform: PlatformTestApp;
  const mailer = () => platform.app.get(Mailer);
  const dataSource = () => platform.app.get<DataSource>(getDataSourceToken());

  beforeAll(async () => {
    listener = await startSmtpListener();
    platform = await startPlatformTestApp({
      env: { JOBS_ENABLED: 'true', SMTP_URL: listener.smtpUrl, MAIL_FROM: 'Crowdforge Test <mail@crowdforge.test>' },
      override: (builder) =>
        builder
          .overrideProvider(MailDeliveryPolicy)
          .useValue({ retryLimit: 2, retryDelaySeconds: 1, concurrency: 1 } satisfies MailDeliveryPolicy),
    });
  });
  afterAll(async () => {
    await platform?.close();
    await listener?.stop();
  });
  beforeEach(() => listener.clear());

  it('delivers a template in the recipient’s language, from MAIL_FROM, with the delivery id in its Message-ID', async () => {
    const expiresAt = new Date('2026-12-01T15:30:00Z');
    const id = await mailer().sendTemplate('anna@example.org', 'reset-password', { link: LINK, expiresAt }, 'nl');

    const [mail] = await listener.waitForMessages(1);
    expect(mail).toMatchObject({
      from: '"Crowdforge Test" <mail@crowdforge.test>',
      to: ['anna@example.org'],
      subject: 'Kies een nieuw wachtwoord voor Crowdforge',
      messageId: `<${id}@crowdforge.test>`,
    });
    expect(mail.text).toContain(`\n${LINK}\n`);
    expect(mail.text).toContain('De link werkt tot 1 december 2026 om 16:30.');
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain('Nieuw wachtwoord kiezen');
  });

  it('delivers user content escaped in the HTML and as typed in the text', async () => {
    const hostile = '<script>alert("pwned")</script>';
    await mailer().sendTemplate('bob@example.org', 'notification', { title: `Re: ${hostile}`, body: hostile }, 'en');

    const [mail] = await listener.waitForMessages(1);
    expect(mail.subject).toBe(`Re: ${hostile}`);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('<p>&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;</p>');
    expect(mail.text).toContain(`\n${hostile}\n`);
  });

  it('retries a delivery the server refused, and delivers it once', async () => {
    await listener.failNext(1, 451);
    const id = await mailer().sendTemplate('carla@example.org', 'verify-email', { link: LINK }, 'en');

    await listener.waitForMessages(1);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await listener.messages()).toHaveLength(1);
    const [job] = await dataSource().query(`SELECT state, retry_count FROM pgboss.job WHERE id = $1`, [id]);
    expect(job).toEqual({ state: 'completed', retry_count: 1 });
  });

  it('sends nothing when the transaction it was sent in rolls back', async () => {
    await dataSource()
      .transaction(async (manager) => {
        await mailer().sendTemplate('dirk@example.org', 'verify-email', { link: LINK }, 'en', { manager });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await dataSource().transaction((manager) =>
      mailer().sendTemplate('erik@example.org', 'verify-email', { link: LINK }, 'en', { manager }),
    );

    await listener.waitForMessages(1, { to: 'erik@example.org' });
    expect((await listener.messages()).map((mail) => mail.to)).toEqual([['erik@example.org']]);
    const [{ queued }] = await dataSource().query(
      `SELECT count(*)::int AS queued FROM pgboss.job WHERE name = $1 AND data->>'to' = 'dirk@example.org'`,
      [MAIL_JOB],
    );
    expect(queued).toBe(0);
  });

  it.each(['', 'not-an-address', 'a@example.org, b@example.org', 'a@example.org\r\nBcc: b@example.org'])(
    'refuses to send to %j',
    async (to) => {
      await expect(mailer().sendTemplate(to, 'verify-email', { link: LINK }, 'en')).rejects.toThrow(
        /exactly one address/,
      );
    },
  );
});
