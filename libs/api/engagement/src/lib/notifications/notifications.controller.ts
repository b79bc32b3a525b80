import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, type Principal } from '@crowdforge/api-identity';
import type { NotificationPage } from '@crowdforge/contracts';
import { InboxQueryDto, NotificationPageDto } from './dto/notifications.dto';
import { NotificationsService } from './notifications.service';

/** My inbox: everyone sees only their own notifications. */
@ApiTags('me')
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ operationId: 'notifications_list', summary: 'My notifications, newest first, with the unread count' })
  @ApiOkResponse({ type: NotificationPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: InboxQueryDto): Promise<NotificationPage> {
    return this.notifications.inbox(principal.userId, {
      limit: query.limit,
      offset: query.offset,
      unreadOnly: query.unread,
    });
  }

  @Post('read-all')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ operationId: 'notifications_readAll', summary: 'Mark all my notifications read' })
  @ApiNoContentResponse()
  async readAll(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.notifications.markAllRead(principal.userId);
  }

  @Post(':notificationId/read')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ operationId: 'notifications_read', summary: 'Mark one notification read' })
  @ApiNoContentResponse()
  async read(
    @CurrentPrincipal() principal: Principal,
    @Param('notificationId', ParseUUIDPipe) notificationId: string,
  ): Promise<void> {
    await this.notifications.markRead(principal.userId, notificationId);
  }
}
