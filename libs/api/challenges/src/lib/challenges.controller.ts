import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, Public, SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, OptionalPrincipal, type Principal } from '@crowdforge/api-identity';
import type {
  ChallengeDetail,
  ChallengePage,
  ChallengeRevisionSummary,
  ChallengeTemplate,
} from '@crowdforge/contracts';
import { CHALLENGE_TEMPLATES } from './templates/challenge-templates';
import { ChallengeBrowseService } from './browse/challenge-browse.service';
import { ChallengesService } from './challenges.service';
import { CreateChallengeDto, UpdateChallengeDto } from './dto/challenge-input.dto';
import { ChallengeKeyQueryDto, ChallengeQueryDto, WindowParamsDto } from './dto/challenge-query.dto';
import {
  ChallengeDetailDto,
  ChallengePageDto,
  ChallengeTemplateDto,
  RevisionSummaryDto,
} from './dto/challenge-view.dto';
import { JoinChallengeDto } from './dto/participation.dto';
import { ParticipationService } from './participation/participation.service';
import { PhaseWindowsService } from './windows/phase-windows.service';

@ApiTags('challenges')
@Controller()
export class ChallengesController {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly browser: ChallengeBrowseService,
    private readonly windows: PhaseWindowsService,
    private readonly participation: ParticipationService,
  ) {}

  @Get('challenges')
  @Public()
  @ApiOperation({ operationId: 'challenges_browse', summary: 'Challenges I may see: filtered, searched, sorted' })
  @ApiOkResponse({ type: ChallengePageDto })
  browse(@OptionalPrincipal() principal: Principal | null, @Query() query: ChallengeQueryDto): Promise<ChallengePage> {
    return this.browser.browse(principal, query);
  }

  @Post('organisations/:organisationId/challenges')
  @Allow('challenges:manage')
  @ApiOperation({ operationId: 'challenges_create', summary: 'Start a challenge as a draft' })
  @ApiCreatedResponse({ type: ChallengeDetailDto })
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Body() body: CreateChallengeDto,
  ): Promise<ChallengeDetail> {
    return this.challenges.create(principal, organisationId, body);
  }

  @Get('challenges/:challengeId')
  @Public()
  @ApiOperation({ operationId: 'challenges_get', summary: 'A challenge with its brief, as far as I may see it' })
  @ApiOkResponse({ type: ChallengeDetailDto })
  get(
    @OptionalPrincipal() principal: Principal | null,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: ChallengeKeyQueryDto,
  ): Promise<ChallengeDetail> {
    return this.challenges.get(principal, challengeId, query.key ?? null);
  }

  @Patch('challenges/:challengeId')
  @SignedIn()
  @ApiOperation({
    operationId: 'challenges_update',
    summary: 'Change the brief (organisers); once published with a change summary, as a revision',
  })
  @ApiOkResponse({ type: ChallengeDetailDto })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Body() body: UpdateChallengeDto,
  ): Promise<ChallengeDetail> {
    return this.challenges.update(principal, challengeId, body);
  }

  @Get('challenge-templates')
  @Public()
  @ApiOperation({ operationId: 'challenges_templates', summary: 'Starting points for a new brief' })
  @ApiOkResponse({ type: [ChallengeTemplateDto] })
  templates(): ChallengeTemplate[] {
    return CHALLENGE_TEMPLATES;
  }

  @Post('challenges/:challengeId/copy')
  @SignedIn()
  @ApiOperation({ operationId: 'challenges_copy', summary: 'Start a new draft from an earlier challenge (managers)' })
  @ApiCreatedResponse({ type: ChallengeDetailDto })
  copy(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
  ): Promise<ChallengeDetail> {
    return this.challenges.copy(principal, challengeId);
  }

  @Post('challenges/:challengeId/publish')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ operationId: 'challenges_publish', summary: 'Publish a draft to its audience (organisers)' })
  @ApiOkResponse({ type: ChallengeDetailDto })
  publish(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
  ): Promise<ChallengeDetail> {
    return this.challenges.publish(principal, challengeId);
  }

  @Post('challenges/:challengeId/windows/:kind/open')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ operationId: 'challenges_openWindow', summary: 'Open a phase window now (organisers)' })
  @ApiOkResponse({ type: ChallengeDetailDto })
  openWindow(@CurrentPrincipal() principal: Principal, @Param() params: WindowParamsDto): Promise<ChallengeDetail> {
    return this.windows.setOpen(principal, params.challengeId, params.kind, true);
  }

  @Post('challenges/:challengeId/windows/:kind/close')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ operationId: 'challenges_closeWindow', summary: 'Close a phase window now (organisers)' })
  @ApiOkResponse({ type: ChallengeDetailDto })
  closeWindow(@CurrentPrincipal() principal: Principal, @Param() params: WindowParamsDto): Promise<ChallengeDetail> {
    return this.windows.setOpen(principal, params.challengeId, params.kind, false);
  }

  @Post('challenges/:challengeId/participation')
  @SignedIn()
  @ApiOperation({
    operationId: 'challenges_join',
    summary: 'Take part: answer the eligibility questions and accept the licence',
  })
  @ApiCreatedResponse({ type: ChallengeDetailDto })
  join(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: ChallengeKeyQueryDto,
    @Body() body: JoinChallengeDto,
  ): Promise<ChallengeDetail> {
    return this.participation.join(principal, challengeId, query.key ?? null, body);
  }

  @Get('challenges/:challengeId/revisions')
  @Public()
  @ApiOperation({ operationId: 'challenges_revisions', summary: 'The published revisions of the brief, newest first' })
  @ApiOkResponse({ type: [RevisionSummaryDto] })
  revisions(
    @OptionalPrincipal() principal: Principal | null,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: ChallengeKeyQueryDto,
  ): Promise<ChallengeRevisionSummary[]> {
    return this.challenges.revisions(principal, challengeId, query.key ?? null);
  }
}
