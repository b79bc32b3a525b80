import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, type Principal } from '@crowdforge/api-identity';
import type { FlagView, ModerationQueueItem } from '@crowdforge/contracts';
import { ModerationDecisions } from './decisions/moderation-decisions.service';
import { FlagDto, ModerationDecisionDto, ModerationQueueQueryDto } from './dto/moderation.dto';
import { FlagViewDto, ModerationQueueItemDto } from './dto/moderation-view.dto';
import { FlagsService } from './flags/flags.service';
import { ModerationQueue } from './queue/moderation-queue.service';

/** Flags from the crowd, and the decisions of a challenge's moderators on ideas and comments. */
@ApiTags('moderation')
@Controller()
export class ModerationController {
  constructor(
    private readonly flags: FlagsService,
    private readonly decisions: ModerationDecisions,
    private readonly queue: ModerationQueue,
  ) {}

  @Put('ideas/:ideaId/flag')
  @SignedIn()
  @ApiOperation({
    operationId: 'moderation_flagIdea',
    summary: 'Flag an idea for the moderators, with a reason (one open flag per person; again changes nothing)',
  })
  @ApiOkResponse({ type: FlagViewDto })
  flagIdea(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Body() body: FlagDto,
  ): Promise<FlagView> {
    return this.flags.flag(principal, 'idea', ideaId, body.reason);
  }

  @Put('comments/:commentId/flag')
  @SignedIn()
  @ApiOperation({
    operationId: 'moderation_flagComment',
    summary: 'Flag a comment for the moderators, with a reason (one open flag per person; again changes nothing)',
  })
  @ApiOkResponse({ type: FlagViewDto })
  flagComment(
    @CurrentPrincipal() principal: Principal,
    @Param('commentId', ParseUUIDPipe) commentId: string,
    @Body() body: FlagDto,
  ): Promise<FlagView> {
    return this.flags.flag(principal, 'comment', commentId, body.reason);
  }

  @Post('ideas/:ideaId/moderation')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({
    operationId: 'moderation_decideIdea',
    summary: 'Hide or unhide an idea (authors told why), dismiss its flags, lock or unlock its comments (moderators)',
  })
  @ApiNoContentResponse()
  decideIdea(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Body() body: ModerationDecisionDto,
  ): Promise<void> {
    return this.decisions.decide(principal, 'idea', ideaId, body);
  }

  @Post('comments/:commentId/moderation')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({
    operationId: 'moderation_decideComment',
    summary: 'Hide or unhide a comment (its author told why) or dismiss its flags (moderators)',
  })
  @ApiNoContentResponse()
  decideComment(
    @CurrentPrincipal() principal: Principal,
    @Param('commentId', ParseUUIDPipe) commentId: string,
    @Body() body: ModerationDecisionDto,
  ): Promise<void> {
    return this.decisions.decide(principal, 'comment', commentId, body);
  }

  @Get('challenges/:challengeId/moderation/queue')
  @SignedIn()
  @ApiOperation({
    operationId: 'moderation_challengeQueue',
    summary: "A challenge's flagged ideas and comments, most recently flagged first (its moderators and organisers)",
  })
  @ApiOkResponse({ type: [ModerationQueueItemDto] })
  challengeQueue(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: ModerationQueueQueryDto,
  ): Promise<ModerationQueueItem[]> {
    return this.queue.ofChallenge(principal, challengeId, query);
  }
}
