import { Module } from '@nestjs/common';
import { IdentityModule } from '@crowdforge/api-identity';
import { NotificationsController } from './notifications/notifications.controller';
import { MembershipNotices } from './notifications/membership-notices';
import { NotificationsService } from './notifications/notifications.service';

/** Notifications now; preferences, digests, nudges, recognition and the dashboard later. */
@Module({
  imports: [IdentityModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, MembershipNotices],
  exports: [NotificationsService],
})
export class EngagementModule {}
