import { MAX_PAGE_SIZE } from '../http/page-query.dto';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import type { QueuedMail } from './mail-message';
import { MailOutboxMessage } from './mail-outbox-message.entity';
import { MailTransport } from './mail-transport';

export const MAIL_OUTBOX_PAGE_LIMIT = MAX_PAGE_SIZE;

export type MailOutboxSummary = Pick<
  MailOutboxMessage,
  'id' | 'createdAt' | 'to' | 'subject' | 'language' | 'template'
>;

export interface MailOutboxPage {
  items: MailOutboxSummary[];
  total: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The transport without SMTP_URL: every message is kept in the `mail_outbox` table instead of sent. */
@Injectable()
export class MailOutbox extends MailTransport {
  readonly description = 'the outbox table mail_outbox (no SMTP_URL is set)';

  constructor(@InjectEntityManager() private readonly entityManager: EntityManager) {
    super();
  }

  async deliver(message: QueuedMail, deliveryId: string): Promise<string> {
    await this.entityManager
      .createQueryBuilder()
      .insert()
      .into(MailOutboxMessage)
      .values({
        id: deliveryId,
        createdAt: new Date(message.sentAt),
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        language: message.language,
        template: message.template,
      })
      .orIgnore()
      .execute();
    return 'kept in the outbox';
  }

  /** Newest first, without the bodies; 20 a page unless `limit` says otherwise, at most 100. */
  async list(page: { limit?: number; offset?: number } = {}): Promise<MailOutboxPage> {
    const [items, total] = await this.entityManager.findAndCount(MailOutboxMessage, {
      select: { id: true, createdAt: true, to: true, subject: true, language: true, template: true },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: Math.min(Math.max(page.limit ?? 20, 1), MAIL_OUTBOX_PAGE_LIMIT),
      skip: Math.max(page.offset ?? 0, 0),
    });
    return { items, total };
  }

  /** One message with both bodies; null for an unknown id. */
  async get(id: string): Promise<MailOutboxMessage | null> {
    if (!UUID.test(id)) return null;
    return this.entityManager.findOneBy(MailOutboxMessage, { id });
  }
}
