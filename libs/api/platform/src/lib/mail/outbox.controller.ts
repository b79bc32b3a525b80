import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { PlatformAdmin } from '../access/access-rule';
import { ProblemException } from '../errors/problem.exception';
import { PageQueryDto } from '../http/page-query.dto';
import { MailOutbox } from './mail-outbox';

class OutboxSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty() to!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() template!: string;
  @ApiProperty({ enum: ['en', 'nl'] }) language!: string;
}

class OutboxPageDto {
  @ApiProperty({ type: [OutboxSummaryDto] }) items!: OutboxSummaryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

class OutboxMessageDto extends OutboxSummaryDto {
  @ApiProperty() text!: string;
  @ApiProperty({ description: 'Show only in a sandboxed frame' }) html!: string;
}

/** Mails kept instead of sent when no SMTP server is configured (the quick start): for platform admins only. */
@ApiTags('admin')
@Controller('admin/outbox')
export class OutboxController {
  constructor(private readonly outbox: MailOutbox) {}

  @Get()
  @PlatformAdmin()
  @ApiOperation({ operationId: 'outbox_list', summary: 'Mails in the local outbox, newest first' })
  @ApiOkResponse({ type: OutboxPageDto })
  async list(@Query() query: PageQueryDto): Promise<OutboxPageDto> {
    return { ...(await this.outbox.list(query)), limit: query.limit, offset: query.offset };
  }

  @Get(':messageId')
  @PlatformAdmin()
  @ApiOperation({ operationId: 'outbox_get', summary: 'One mail of the local outbox, with its text and HTML' })
  @ApiOkResponse({ type: OutboxMessageDto })
  async get(@Param('messageId', ParseUUIDPipe) messageId: string): Promise<OutboxMessageDto> {
    const message = await this.outbox.get(messageId);
    if (!message) throw new ProblemException(404, 'not_found', 'No such mail in the outbox.');
    return message;
  }
}
