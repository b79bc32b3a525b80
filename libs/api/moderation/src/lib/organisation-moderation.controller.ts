import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, PageQueryDto, Public } from '@crowdforge/api-platform';
import { CurrentPrincipal, OptionalPrincipal, type Principal } from '@crowdforge/api-identity';
import { ChallengeKeyQueryDto } from '@crowdforge/api-challenges';
import type {
  CommunityGuidelines,
  ModerationLogPage,
  ModerationQueueItem,
  SuspensionView,
} from '@crowdforge/contracts';
import { GuidelinesDto, ModerationQueueQueryDto, SuspensionDto } from './dto/moderation.dto';
import {
  CommunityGuidelinesDto,
  ModerationLogPageDto,
  ModerationQueueItemDto,
  SuspensionViewDto,
} from './dto/moderation-view.dto';
import { GuidelinesService } from './guidelines/guidelines.service';
import { ModerationLog } from './log/moderation-log.service';
import { ModerationQueue } from './queue/moderation-queue.service';
import { SuspensionsService } from './suspensions/suspensions.service';

/** An organisation's moderation: its queue, suspensions, community guidelines and the log of actions. */
@ApiTags('moderation')
@Controller()
export class OrganisationModerationController {
  constructor(
    private readonly queue: ModerationQueue,
    private readonly suspensions: SuspensionsService,
    private readonly guidelines: GuidelinesService,
    private readonly log: ModerationLog,
  ) {}

  @Get('organisations/:organisationId/moderation/queue')
  @Allow('moderation:act')
  @ApiOperation({
    operationId: 'moderation_queue',
    summary: "The organisation's flagged ideas and comments; filter by challenge, state and kind",
  })
  @ApiOkResponse({ type: [ModerationQueueItemDto] })
  organisationQueue(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Query() query: ModerationQueueQueryDto,
  ): Promise<ModerationQueueItem[]> {
    return this.queue.ofOrganisation(organisationId, query);
  }

  @Get('organisations/:organisationId/moderation/log')
  @Allow('moderation:act')
  @ApiOperation({
    operationId: 'moderation_log',
    summary: 'Every moderation action in the organisation, newest first, from the audit log',
  })
  @ApiOkResponse({ type: ModerationLogPageDto })
  moderationLog(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Query() query: PageQueryDto,
  ): Promise<ModerationLogPage> {
    return this.log.of(organisationId, query);
  }

  @Get('organisations/:organisationId/suspensions')
  @Allow('moderation:act')
  @ApiOperation({ operationId: 'moderation_suspensions', summary: "The organisation's suspensions, newest first" })
  @ApiOkResponse({ type: [SuspensionViewDto] })
  listSuspensions(@Param('organisationId', ParseUUIDPipe) organisationId: string): Promise<SuspensionView[]> {
    return this.suspensions.list(organisationId);
  }

  @Post('organisations/:organisationId/suspensions')
  @Allow('moderation:act')
  @ApiOperation({
    operationId: 'moderation_suspend',
    summary: "Suspend a person from writing in the organisation's challenges for some days, with a reason",
  })
  @ApiCreatedResponse({ type: SuspensionViewDto })
  suspend(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Body() body: SuspensionDto,
  ): Promise<SuspensionView> {
    return this.suspensions.suspend(principal, organisationId, body);
  }

  @Delete('organisations/:organisationId/suspensions/:suspensionId')
  @Allow('moderation:act')
  @HttpCode(204)
  @ApiOperation({ operationId: 'moderation_liftSuspension', summary: 'End a suspension before its time' })
  @ApiNoContentResponse()
  liftSuspension(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('suspensionId', ParseUUIDPipe) suspensionId: string,
  ): Promise<void> {
    return this.suspensions.lift(organisationId, suspensionId);
  }

  @Get('organisations/:organisationId/guidelines')
  @Allow('organisation:read')
  @ApiOperation({ operationId: 'moderation_guidelines', summary: "The organisation's community guidelines" })
  @ApiOkResponse({ type: CommunityGuidelinesDto })
  organisationGuidelines(@Param('organisationId', ParseUUIDPipe) organisationId: string): Promise<CommunityGuidelines> {
    return this.guidelines.ofOrganisation(organisationId);
  }

  @Put('organisations/:organisationId/guidelines')
  @Allow('challenges:manage')
  @ApiOperation({
    operationId: 'moderation_setGuidelines',
    summary: 'Set the community guidelines (markdown; empty removes them), shown where people write',
  })
  @ApiOkResponse({ type: CommunityGuidelinesDto })
  setGuidelines(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Body() body: GuidelinesDto,
  ): Promise<CommunityGuidelines> {
    return this.guidelines.set(principal, organisationId, body.markdown);
  }

  @Get('challenges/:challengeId/guidelines')
  @Public()
  @ApiOperation({
    operationId: 'moderation_challengeGuidelines',
    summary: 'The community guidelines of the organisation running a challenge, shown where people write',
  })
  @ApiOkResponse({ type: CommunityGuidelinesDto })
  challengeGuidelines(
    @OptionalPrincipal() principal: Principal | null,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: ChallengeKeyQueryDto,
  ): Promise<CommunityGuidelines> {
    return this.guidelines.ofChallenge(principal, challengeId, query.key ?? null);
  }
}
