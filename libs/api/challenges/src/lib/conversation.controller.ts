import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, OptionalPrincipal, type Principal } from '@crowdforge/api-identity';
import type {
  AmendmentView,
  AnnouncementView,
  ChallengeDetail,
  ChallengeQuestionView,
  ChallengeRevisionDetail,
} from '@crowdforge/contracts';
import { ChallengesService } from './challenges.service';
import { CloseOutService } from './close-out/close-out.service';
import { ConversationService } from './conversation/conversation.service';
import { ChallengeKeyQueryDto } from './dto/challenge-query.dto';
import { ChallengeDetailDto } from './dto/challenge-view.dto';
import {
  AcceptAmendmentDto,
  AmendmentParamsDto,
  AnnouncementDto,
  AnswerDto,
  AskQuestionDto,
  CloseChallengeDto,
  DeclineAmendmentDto,
  QuestionParamsDto,
  RevisionParamsDto,
  SuggestAmendmentDto,
} from './dto/conversation.dto';
import { AmendmentDto, AnnouncementViewDto, QuestionDto, RevisionDetailDto } from './dto/conversation-view.dto';
import { FollowService } from './follow/follow.service';

/** The conversation about a brief: Q&A, suggested amendments, revisions, announcements, following, closing. */
@ApiTags('challenges')
@Controller('challenges/:challengeId')
export class ConversationController {
  constructor(
    private readonly conversation: ConversationService,
    private readonly challenges: ChallengesService,
    private readonly follows: FollowService,
    private readonly closeOut: CloseOutService,
  ) {}

  @Get('questions')
  @Public()
  @ApiOperation({ operationId: 'challenges_questions', summary: 'Questions about the brief and their answers' })
  @ApiOkResponse({ type: [QuestionDto] })
  questions(
    @OptionalPrincipal() principal: Principal | null,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: ChallengeKeyQueryDto,
  ): Promise<ChallengeQuestionView[]> {
    return this.conversation.questions(principal, challengeId, query.key ?? null);
  }

  @Post('questions')
  @SignedIn()
  @ApiOperation({ operationId: 'challenges_ask', summary: 'Ask a question about the brief' })
  @ApiCreatedResponse({ type: QuestionDto })
  ask(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: ChallengeKeyQueryDto,
    @Body() body: AskQuestionDto,
  ): Promise<ChallengeQuestionView> {
    return this.conversation.ask(principal, challengeId, query.key ?? null, body);
  }

  @Put('questions/:questionId/answer')
  @SignedIn()
  @ApiOperation({ operationId: 'challenges_answer', summary: 'Answer a question publicly (organisers)' })
  @ApiOkResponse({ type: QuestionDto })
  answer(
    @CurrentPrincipal() principal: Principal,
    @Param() params: QuestionParamsDto,
    @Body() body: AnswerDto,
  ): Promise<ChallengeQuestionView> {
    return this.conversation.answer(principal, params.challengeId, params.questionId, body);
  }

  @Get('amendments')
  @Public()
  @ApiOperation({ operationId: 'challenges_amendments', summary: 'Suggested amendments to the brief' })
  @ApiOkResponse({ type: [AmendmentDto] })
  amendments(
    @OptionalPrincipal() principal: Principal | null,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: ChallengeKeyQueryDto,
  ): Promise<AmendmentView[]> {
    return this.conversation.amendments(principal, challengeId, query.key ?? null);
  }

  @Post('amendments')
  @SignedIn()
  @ApiOperation({ operationId: 'challenges_suggestAmendment', summary: 'Suggest a new wording for one paragraph' })
  @ApiCreatedResponse({ type: AmendmentDto })
  suggest(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: ChallengeKeyQueryDto,
    @Body() body: SuggestAmendmentDto,
  ): Promise<AmendmentView> {
    return this.conversation.suggest(principal, challengeId, query.key ?? null, body);
  }

  @Post('amendments/:amendmentId/accept')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'challenges_acceptAmendment',
    summary: 'Take a suggestion into a new revision (organisers)',
  })
  @ApiOkResponse({ type: AmendmentDto })
  accept(
    @CurrentPrincipal() principal: Principal,
    @Param() params: AmendmentParamsDto,
    @Body() body: AcceptAmendmentDto,
  ): Promise<AmendmentView> {
    return this.conversation.accept(principal, params.challengeId, params.amendmentId, body);
  }

  @Post('amendments/:amendmentId/decline')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'challenges_declineAmendment',
    summary: 'Decline a suggestion, saying why (organisers)',
  })
  @ApiOkResponse({ type: AmendmentDto })
  decline(
    @CurrentPrincipal() principal: Principal,
    @Param() params: AmendmentParamsDto,
    @Body() body: DeclineAmendmentDto,
  ): Promise<AmendmentView> {
    return this.conversation.decline(principal, params.challengeId, params.amendmentId, body);
  }

  @Get('revisions/:number')
  @Public()
  @ApiOperation({ operationId: 'challenges_revision', summary: 'One revision and what it changed, word by word' })
  @ApiOkResponse({ type: RevisionDetailDto })
  revision(
    @OptionalPrincipal() principal: Principal | null,
    @Param() params: RevisionParamsDto,
    @Query() query: ChallengeKeyQueryDto,
  ): Promise<ChallengeRevisionDetail> {
    return this.challenges.revision(principal, params.challengeId, params.number, query.key ?? null);
  }

  @Get('announcements')
  @Public()
  @ApiOperation({ operationId: 'challenges_announcements', summary: 'Announcements from the organisers' })
  @ApiOkResponse({ type: [AnnouncementViewDto] })
  announcements(
    @OptionalPrincipal() principal: Principal | null,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: ChallengeKeyQueryDto,
  ): Promise<AnnouncementView[]> {
    return this.conversation.announcements(principal, challengeId, query.key ?? null);
  }

  @Post('announcements')
  @SignedIn()
  @ApiOperation({
    operationId: 'challenges_announce',
    summary: 'Announce something to participants and followers (organisers)',
  })
  @ApiCreatedResponse({ type: AnnouncementViewDto })
  announce(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Body() body: AnnouncementDto,
  ): Promise<AnnouncementView> {
    return this.conversation.announce(principal, challengeId, body);
  }

  @Put('follow')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ operationId: 'challenges_follow', summary: 'Follow a challenge' })
  @ApiNoContentResponse()
  follow(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: ChallengeKeyQueryDto,
  ): Promise<void> {
    return this.follows.follow(principal, challengeId, query.key ?? null);
  }

  @Delete('follow')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ operationId: 'challenges_unfollow', summary: 'Stop following a challenge' })
  @ApiNoContentResponse()
  unfollow(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
  ): Promise<void> {
    return this.follows.unfollow(principal, challengeId);
  }

  @Post('close')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ operationId: 'challenges_close', summary: 'Close with a thank-you and the outcome (organisers)' })
  @ApiOkResponse({ type: ChallengeDetailDto })
  close(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Body() body: CloseChallengeDto,
  ): Promise<ChallengeDetail> {
    return this.closeOut.close(principal, challengeId, body);
  }
}
