import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, OptionalPrincipal, type Principal } from '@crowdforge/api-identity';
import { ChallengeKeyQueryDto } from '@crowdforge/api-challenges';
import { MAX_MENTION_CANDIDATES, type CommentView, type MentionCandidate } from '@crowdforge/contracts';
import { CommentBodyDto, CommentDto, MentionCandidatesQueryDto } from '../dto/comment.dto';
import { CommentViewDto, MentionCandidateDto } from '../dto/idea-view.dto';
import { IdeaFollowsService } from '../follow/idea-follows.service';
import { CommentsService } from './comments.service';
import { MentionCandidates } from './mention-candidates.service';

/** The conversation on an idea, and following it. */
@ApiTags('ideas')
@Controller()
export class CommentsController {
  constructor(
    private readonly comments: CommentsService,
    private readonly follows: IdeaFollowsService,
    private readonly candidates: MentionCandidates,
  ) {}

  @Get('ideas/:ideaId/comments')
  @Public()
  @ApiOperation({
    operationId: 'ideas_comments',
    summary: 'The comments on an idea, oldest first, replies by parentId',
  })
  @ApiOkResponse({ type: [CommentViewDto] })
  list(
    @OptionalPrincipal() principal: Principal | null,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Query() query: ChallengeKeyQueryDto,
  ): Promise<CommentView[]> {
    return this.comments.list(principal, ideaId, query.key ?? null);
  }

  @Post('ideas/:ideaId/comments')
  @SignedIn()
  @ApiOperation({
    operationId: 'ideas_comment',
    summary: 'Comment on an idea or reply (two levels deep), mentioning people',
  })
  @ApiCreatedResponse({ type: CommentViewDto })
  add(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Body() body: CommentDto,
  ): Promise<CommentView> {
    return this.comments.add(principal, ideaId, body);
  }

  @Get('ideas/:ideaId/mention-candidates')
  @SignedIn()
  @ApiOperation({
    operationId: 'ideas_mentionCandidates',
    summary: `Who could be mentioned on an idea, by the start of a name: people who can see it, those in the conversation first, at most ${MAX_MENTION_CANDIDATES}`,
  })
  @ApiOkResponse({ type: [MentionCandidateDto] })
  mentionCandidates(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Query() query: MentionCandidatesQueryDto,
  ): Promise<MentionCandidate[]> {
    return this.candidates.find(principal, ideaId, query.q);
  }

  @Patch('comments/:commentId')
  @SignedIn()
  @ApiOperation({
    operationId: 'ideas_editComment',
    summary: 'Edit one’s own comment (the audit keeps the earlier text)',
  })
  @ApiOkResponse({ type: CommentViewDto })
  edit(
    @CurrentPrincipal() principal: Principal,
    @Param('commentId', ParseUUIDPipe) commentId: string,
    @Body() body: CommentBodyDto,
  ): Promise<CommentView> {
    return this.comments.edit(principal, commentId, body.body);
  }

  @Delete('comments/:commentId')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ operationId: 'ideas_deleteComment', summary: 'Delete one’s own comment (the audit keeps its text)' })
  @ApiNoContentResponse()
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param('commentId', ParseUUIDPipe) commentId: string,
  ): Promise<void> {
    return this.comments.remove(principal, commentId);
  }

  @Put('comments/:commentId/helpful')
  @SignedIn()
  @ApiOperation({ operationId: 'ideas_markHelpful', summary: 'Mark someone else’s comment as helpful' })
  @ApiOkResponse({ type: CommentViewDto })
  markHelpful(
    @CurrentPrincipal() principal: Principal,
    @Param('commentId', ParseUUIDPipe) commentId: string,
  ): Promise<CommentView> {
    return this.comments.markHelpful(principal, commentId, true);
  }

  @Delete('comments/:commentId/helpful')
  @SignedIn()
  @ApiOperation({ operationId: 'ideas_unmarkHelpful', summary: 'Take back a helpful mark' })
  @ApiOkResponse({ type: CommentViewDto })
  unmarkHelpful(
    @CurrentPrincipal() principal: Principal,
    @Param('commentId', ParseUUIDPipe) commentId: string,
  ): Promise<CommentView> {
    return this.comments.markHelpful(principal, commentId, false);
  }

  @Put('comments/:commentId/official')
  @SignedIn()
  @ApiOperation({
    operationId: 'ideas_markOfficial',
    summary: 'Mark a staff comment as the official response (organisers)',
  })
  @ApiOkResponse({ type: CommentViewDto })
  markOfficial(
    @CurrentPrincipal() principal: Principal,
    @Param('commentId', ParseUUIDPipe) commentId: string,
  ): Promise<CommentView> {
    return this.comments.markOfficial(principal, commentId);
  }

  @Put('ideas/:ideaId/follow')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ operationId: 'ideas_follow', summary: 'Follow an idea: new comments reach the inbox' })
  @ApiNoContentResponse()
  follow(@CurrentPrincipal() principal: Principal, @Param('ideaId', ParseUUIDPipe) ideaId: string): Promise<void> {
    return this.follows.follow(principal, ideaId, true);
  }

  @Delete('ideas/:ideaId/follow')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ operationId: 'ideas_unfollow', summary: 'Stop following an idea' })
  @ApiNoContentResponse()
  unfollow(@CurrentPrincipal() principal: Principal, @Param('ideaId', ParseUUIDPipe) ideaId: string): Promise<void> {
    return this.follows.follow(principal, ideaId, false);
  }
}
