import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Clock, Environment, Mailer, ProblemException } from '@crowdforge/api-platform';
import { AccountDeleted, AccountsService, PersonalDataService } from '@crowdforge/api-identity';
import type { Language, NotificationPage, NotificationType, NotificationView } from '@crowdforge/contracts';
import { IsNull, type EntityManager } from 'typeorm';
import { Notification } from './notification.entity';

/** Worth an email as well as the inbox (preferences per type come with the engagement settings). */
const EMAILED_TYPES = new Set<NotificationType>([
  'status_change',
  'decision',
  'mention',
  'review_assignment',
  'membership',
  'co_authorship',
  'moderation',
]);

export interface NotificationContent {
  type: NotificationType;
  /** In both languages; the recipient's own is kept. */
  title: Record<Language, string>;
  body: Record<Language, string>;
  /** A path in the web app, e.g. `/organisations/123`. */
  link?: string;
}

export interface NotifyOptions {
  /** Create it inside the caller's transaction (and only if it commits). */
  manager?: EntityManager;
}

/** `notify(person, …)`: the in-app inbox, plus an email for the types that warrant one. */
@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly accounts: AccountsService,
    private readonly personalData: PersonalDataService,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly environment: Environment,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      name: 'notifications',
      collect: (userId, manager) => manager.find(Notification, { where: { userId }, order: { createdAt: 'DESC' } }),
    });
  }

  @OnEvent(AccountDeleted.type)
  async forget(event: AccountDeleted): Promise<void> {
    await this.entityManager.delete(Notification, { userId: event.userId });
  }

  async notify(userId: string, content: NotificationContent, options: NotifyOptions = {}): Promise<string> {
    const manager = options.manager ?? this.entityManager;
    const recipient = await this.accounts.require(userId, manager);
    const language = recipient.language;
    const notification = await manager.save(
      manager.create(Notification, {
        userId,
        type: content.type,
        title: content.title[language].slice(0, 200),
        body: content.body[language].slice(0, 2000),
        link: content.link ?? null,
        createdAt: this.clock.now(),
      }),
    );
    if (EMAILED_TYPES.has(content.type) && recipient.email) {
      await this.mailer.sendTemplate(
        recipient.email,
        'notification',
        {
          title: notification.title,
          body: notification.body,
          ...(content.link && { link: new URL(content.link, this.environment.PUBLIC_URL).toString() }),
        },
        language,
        { manager },
      );
    }
    return notification.id;
  }

  async inbox(userId: string, page: { limit: number; offset: number; unreadOnly: boolean }): Promise<NotificationPage> {
    const [items, total] = await this.entityManager.findAndCount(Notification, {
      where: { userId, ...(page.unreadOnly && { readAt: IsNull() }) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: page.limit,
      skip: page.offset,
    });
    const unread = await this.entityManager.countBy(Notification, { userId, readAt: IsNull() });
    return { items: items.map(toView), total, unread, limit: page.limit, offset: page.offset };
  }

  async markRead(userId: string, notificationId: string): Promise<void> {
    const found = await this.entityManager.findOneBy(Notification, { id: notificationId, userId });
    if (!found) throw new ProblemException(404, 'not_found', 'No such notification.');
    if (!found.readAt)
      await this.entityManager.update(Notification, { id: notificationId }, { readAt: this.clock.now() });
  }

  async markAllRead(userId: string): Promise<void> {
    await this.entityManager.update(Notification, { userId, readAt: IsNull() }, { readAt: this.clock.now() });
  }
}

function toView(notification: Notification): NotificationView {
  return {
    id: notification.id,
    type: notification.type,
    title: notification.title,
    body: notification.body,
    link: notification.link,
    createdAt: notification.createdAt.toISOString(),
    readAt: notification.readAt?.toISOString() ?? null,
  };
}
