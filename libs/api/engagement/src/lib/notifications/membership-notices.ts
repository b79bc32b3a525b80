import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { MemberRoleChanged, ROLE_LABELS } from '@crowdforge/api-identity';
import { NotificationsService } from './notifications.service';

/** Tells people when their role in an organisation changes. */
@Injectable()
export class MembershipNotices {
  constructor(private readonly notifications: NotificationsService) {}

  @OnEvent(MemberRoleChanged.type)
  async roleChanged(event: MemberRoleChanged): Promise<void> {
    await this.notifications.notify(event.userId, {
      type: 'membership',
      title: {
        en: `Your role in ${event.organisationName} changed`,
        nl: `Je rol bij ${event.organisationName} is gewijzigd`,
      },
      body: {
        en: `You are now ${ROLE_LABELS.en[event.role]}.`,
        nl: `Je bent nu ${ROLE_LABELS.nl[event.role]}.`,
      },
      link: `/organisations/${event.organisationId}`,
    });
  }
}
