import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, OptionalPrincipal, type Principal } from '@crowdforge/api-identity';
import { ChallengeKeyQueryDto } from '@crowdforge/api-challenges';
import type { CursorPage, IdeaDetail, IdeaRanking, IdeaSummary, MyIdea } from '@crowdforge/contracts';
import { CoAuthorsService } from './authors/co-authors.service';
import {
  AnswerInvitationDto,
  CreateIdeaDto,
  IdeaFieldsDto,
  IdeaStatusDto,
  InviteCoAuthorDto,
  SubmitIdeaDto,
} from './dto/idea.dto';
import { IdeaDetailDto, IdeaRankingDto, IdeaSummaryDto, IdeaSummaryPageDto, MyIdeaPageDto } from './dto/idea-view.dto';
import { IdeaListQueryDto, IdeaPageQueryDto, RankingQueryDto, SimilarIdeasQueryDto } from './list/idea-list.dto';
import { IdeaListService } from './list/idea-list.service';
import { LineageService } from './lineage/lineage.service';
import { IdeasService } from './ideas.service';
import { IdeaStatusService } from './status/idea-status.service';

/** Ideas: drafts, submitting, editing, withdrawing, co-authors and the organisers' status decisions. */
@ApiTags('ideas')
@Controller()
export class IdeasController {
  constructor(
    private readonly ideas: IdeasService,
    private readonly coAuthors: CoAuthorsService,
    private readonly statuses: IdeaStatusService,
    private readonly lists: IdeaListService,
    private readonly lineage: LineageService,
  ) {}

  @Post('challenges/:challengeId/ideas')
  @SignedIn()
  @ApiOperation({ operationId: 'ideas_create', summary: 'Start an idea for a challenge (a private draft)' })
  @ApiCreatedResponse({ type: IdeaDetailDto })
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: ChallengeKeyQueryDto,
    @Body() body: CreateIdeaDto,
  ): Promise<IdeaDetail> {
    return this.ideas.create(principal, challengeId, query.key ?? null, body);
  }

  @Get('challenges/:challengeId/ideas')
  @Public()
  @ApiOperation({
    operationId: 'ideas_list',
    summary: "A challenge's ideas the caller may see, newest first; filter by status, tag or author",
  })
  @ApiOkResponse({ type: IdeaSummaryPageDto })
  list(
    @OptionalPrincipal() principal: Principal | null,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: IdeaListQueryDto,
  ): Promise<CursorPage<IdeaSummary>> {
    return this.lists.inChallenge(principal, challengeId, query);
  }

  @Get('challenges/:challengeId/ranking')
  @Public()
  @ApiOperation({
    operationId: 'ideas_ranking',
    summary: 'The ideas in the running by their voting score, with the ranks their uncertainty allows',
  })
  @ApiOkResponse({ type: IdeaRankingDto })
  ranking(
    @OptionalPrincipal() principal: Principal | null,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: RankingQueryDto,
  ): Promise<IdeaRanking> {
    return this.lists.ranking(principal, challengeId, query);
  }

  @Get('challenges/:challengeId/ideas/similar')
  @Public()
  @ApiOperation({
    operationId: 'ideas_similar',
    summary: 'Ideas of the challenge like the one being typed, so people build on them instead of repeating them',
  })
  @ApiOkResponse({ type: [IdeaSummaryDto] })
  similar(
    @OptionalPrincipal() principal: Principal | null,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: SimilarIdeasQueryDto,
  ): Promise<IdeaSummary[]> {
    return this.lists.similar(principal, challengeId, query);
  }

  @Get('me/ideas')
  @SignedIn()
  @ApiOperation({ operationId: 'ideas_mine', summary: 'My ideas across challenges, with the latest feedback on each' })
  @ApiOkResponse({ type: MyIdeaPageDto })
  mine(@CurrentPrincipal() principal: Principal, @Query() query: IdeaPageQueryDto): Promise<CursorPage<MyIdea>> {
    return this.lists.mine(principal, query);
  }

  @Get('ideas/:ideaId')
  @Public()
  @ApiOperation({ operationId: 'ideas_get', summary: 'One idea, as the caller may see it' })
  @ApiOkResponse({ type: IdeaDetailDto })
  get(
    @OptionalPrincipal() principal: Principal | null,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Query() query: ChallengeKeyQueryDto,
  ): Promise<IdeaDetail> {
    return this.ideas.get(principal, ideaId, query.key ?? null);
  }

  @Patch('ideas/:ideaId')
  @SignedIn()
  @ApiOperation({
    operationId: 'ideas_update',
    summary: 'Edit an idea (authors; after submission each edit is a version)',
  })
  @ApiOkResponse({ type: IdeaDetailDto })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Body() body: IdeaFieldsDto,
  ): Promise<IdeaDetail> {
    return this.ideas.update(principal, ideaId, body);
  }

  @Post('ideas/:ideaId/submission')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ operationId: 'ideas_submit', summary: 'Submit a draft while the submission window is open' })
  @ApiOkResponse({ type: IdeaDetailDto })
  submit(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Body() body: SubmitIdeaDto,
  ): Promise<IdeaDetail> {
    return this.ideas.submit(principal, ideaId, body);
  }

  @Post('ideas/:ideaId/withdrawal')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ operationId: 'ideas_withdraw', summary: 'Withdraw a submitted idea (authors)' })
  @ApiOkResponse({ type: IdeaDetailDto })
  withdraw(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
  ): Promise<IdeaDetail> {
    return this.ideas.withdraw(principal, ideaId);
  }

  @Put('ideas/:ideaId/status')
  @SignedIn()
  @ApiOperation({
    operationId: 'ideas_setStatus',
    summary: 'Move an idea on, with a message to its authors (organisers)',
  })
  @ApiOkResponse({ type: IdeaDetailDto })
  setStatus(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Body() body: IdeaStatusDto,
  ): Promise<IdeaDetail> {
    return this.statuses.change(principal, ideaId, body);
  }

  @Put('ideas/:ideaId/builds-on/:buildsOnId')
  @SignedIn()
  @ApiOperation({ operationId: 'ideas_buildOn', summary: 'Say this idea builds on another of the challenge (authors)' })
  @ApiOkResponse({ type: IdeaDetailDto })
  buildOn(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Param('buildsOnId', ParseUUIDPipe) buildsOnId: string,
  ): Promise<IdeaDetail> {
    return this.lineage.link(principal, ideaId, buildsOnId, true);
  }

  @Delete('ideas/:ideaId/builds-on/:buildsOnId')
  @SignedIn()
  @ApiOperation({ operationId: 'ideas_unbuildOn', summary: 'Remove a builds-on link (authors)' })
  @ApiOkResponse({ type: IdeaDetailDto })
  unbuildOn(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Param('buildsOnId', ParseUUIDPipe) buildsOnId: string,
  ): Promise<IdeaDetail> {
    return this.lineage.link(principal, ideaId, buildsOnId, false);
  }

  @Post('ideas/:ideaId/co-author-invitations')
  @SignedIn()
  @ApiOperation({ operationId: 'ideas_inviteCoAuthor', summary: 'Invite someone by email to share authorship' })
  @ApiCreatedResponse({ type: IdeaDetailDto })
  inviteCoAuthor(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Body() body: InviteCoAuthorDto,
  ): Promise<IdeaDetail> {
    return this.coAuthors.invite(principal, ideaId, body.email);
  }

  @Post('co-author-invitations/:invitationId/answer')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ operationId: 'ideas_answerInvitation', summary: 'Accept or decline an invitation to co-author' })
  @ApiOkResponse({ type: IdeaDetailDto })
  answerInvitation(
    @CurrentPrincipal() principal: Principal,
    @Param('invitationId', ParseUUIDPipe) invitationId: string,
    @Body() body: AnswerInvitationDto,
  ): Promise<IdeaDetail> {
    return this.coAuthors.answer(principal, invitationId, body.answer);
  }
}
