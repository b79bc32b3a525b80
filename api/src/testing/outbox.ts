import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getEntityManagerToken } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

export interface OutboxMail {
  subject: string;
  text: string;
  html: string;
  template: string;
  language: string;
}

/** The newest mail to `to` in the outbox (no SMTP_URL in tests), waiting for the mail job to file it. */
export async function waitForMail(
  app: NestFastifyApplication,
  to: string,
  template?: string,
  timeoutMs = 10_000,
): Promise<OutboxMail> {
  const manager = app.get<EntityManager>(getEntityManagerToken());
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [mail] = await manager.query(
      `SELECT subject, text, html, template, language FROM mail_outbox
       WHERE recipient = $1 AND ($2::text IS NULL OR template = $2) ORDER BY created_at DESC LIMIT 1`,
      [to, template ?? null],
    );
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${template ?? ''} mail to ${to} within ${timeoutMs} ms`);
}

export async function mailCount(app: NestFastifyApplication, to: string): Promise<number> {
  const [{ n }] = await app
    .get<EntityManager>(getEntityManagerToken())
    .query('SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = $1', [to]);
  return n;
}

export function tokenFrom(mail: OutboxMail): string {
  const match = /token=([A-Za-z0-9._~%-]+)/.exec(mail.text);
  if (!match) throw new Error(`no token link in: ${mail.text}`);
  return decodeURIComponent(match[1]);
}
