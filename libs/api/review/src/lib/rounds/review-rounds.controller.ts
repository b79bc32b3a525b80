import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, type Principal } from '@crowdforge/api-identity';
import type { ReviewRoundView, RoundReviewerView, ShortlistedIdeaView } from '@crowdforge/contracts';
import { ReviewRoundInputDto, RoundReviewersDto, ShortlistDto } from '../dto/review-round.dto';
import { ReviewRoundViewDto, RoundReviewerViewDto, ShortlistedIdeaViewDto } from '../dto/review-view.dto';
import { ReviewRounds } from './review-rounds.service';

/** Review rounds as the challenge's organisers set them up and run them. */
@ApiTags('review')
@Controller()
export class ReviewRoundsController {
  constructor(private readonly rounds: ReviewRounds) {}

  @Post('challenges/:challengeId/review-rounds')
  @SignedIn()
  @ApiOperation({
    operationId: 'review_createRound',
    summary:
      "Add a review round to the challenge's funnel (organisers); the scorecard defaults to the brief's criteria",
  })
  @ApiCreatedResponse({ type: ReviewRoundViewDto })
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Body() input: ReviewRoundInputDto,
  ): Promise<ReviewRoundView> {
    return this.rounds.create(principal, challengeId, input);
  }

  @Get('challenges/:challengeId/review-rounds')
  @SignedIn()
  @ApiOperation({ operationId: 'review_rounds', summary: "The challenge's review rounds in funnel order (organisers)" })
  @ApiOkResponse({ type: [ReviewRoundViewDto] })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
  ): Promise<ReviewRoundView[]> {
    return this.rounds.list(principal, challengeId);
  }

  @Get('review-rounds/:roundId')
  @SignedIn()
  @ApiOperation({ operationId: 'review_round', summary: 'A review round (its organisers and reviewers)' })
  @ApiOkResponse({ type: ReviewRoundViewDto })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('roundId', ParseUUIDPipe) roundId: string,
  ): Promise<ReviewRoundView> {
    return this.rounds.get(principal, roundId);
  }

  @Put('review-rounds/:roundId')
  @SignedIn()
  @ApiOperation({
    operationId: 'review_updateRound',
    summary: 'Change a round: name and due date any time, scorecard, k and blindness while it is set up (organisers)',
  })
  @ApiOkResponse({ type: ReviewRoundViewDto })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Body() input: ReviewRoundInputDto,
  ): Promise<ReviewRoundView> {
    return this.rounds.update(principal, roundId, input);
  }

  @Get('review-rounds/:roundId/shortlist')
  @SignedIn()
  @ApiOperation({ operationId: 'review_shortlist', summary: "The round's ideas with their reviewers (organisers)" })
  @ApiOkResponse({ type: [ShortlistedIdeaViewDto] })
  shortlist(
    @CurrentPrincipal() principal: Principal,
    @Param('roundId', ParseUUIDPipe) roundId: string,
  ): Promise<ShortlistedIdeaView[]> {
    return this.rounds.shortlist(principal, roundId);
  }

  @Put('review-rounds/:roundId/shortlist')
  @SignedIn()
  @ApiOperation({
    operationId: 'review_setShortlist',
    summary:
      "Choose the round's ideas: by hand, or by the crowd's ranking, a threshold and statuses (organisers, set-up)",
  })
  @ApiOkResponse({ type: [ShortlistedIdeaViewDto] })
  setShortlist(
    @CurrentPrincipal() principal: Principal,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Body() input: ShortlistDto,
  ): Promise<ShortlistedIdeaView[]> {
    return this.rounds.setShortlist(principal, roundId, input);
  }

  @Get('review-rounds/:roundId/reviewers')
  @SignedIn()
  @ApiOperation({ operationId: 'review_reviewers', summary: "The round's reviewers and their progress (organisers)" })
  @ApiOkResponse({ type: [RoundReviewerViewDto] })
  reviewers(
    @CurrentPrincipal() principal: Principal,
    @Param('roundId', ParseUUIDPipe) roundId: string,
  ): Promise<RoundReviewerView[]> {
    return this.rounds.reviewers(principal, roundId);
  }

  @Put('review-rounds/:roundId/reviewers')
  @SignedIn()
  @ApiOperation({
    operationId: 'review_setReviewers',
    summary: "Choose the round's reviewers with their expertise (organisers, set-up)",
  })
  @ApiOkResponse({ type: [RoundReviewerViewDto] })
  setReviewers(
    @CurrentPrincipal() principal: Principal,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Body() input: RoundReviewersDto,
  ): Promise<RoundReviewerView[]> {
    return this.rounds.setReviewers(principal, roundId, input);
  }

  @Post('review-rounds/:roundId/opening')
  @SignedIn()
  @ApiOperation({
    operationId: 'review_openRound',
    summary:
      'Assign every idea its reviewers in balance, authors and conflicts excluded, and open the round (organisers)',
  })
  @ApiCreatedResponse({ type: ReviewRoundViewDto })
  open(
    @CurrentPrincipal() principal: Principal,
    @Param('roundId', ParseUUIDPipe) roundId: string,
  ): Promise<ReviewRoundView> {
    return this.rounds.open(principal, roundId);
  }

  @Post('review-rounds/:roundId/closing')
  @SignedIn()
  @ApiOperation({
    operationId: 'review_closeRound',
    summary: 'Close an open round: its scores become final (organisers)',
  })
  @ApiCreatedResponse({ type: ReviewRoundViewDto })
  close(
    @CurrentPrincipal() principal: Principal,
    @Param('roundId', ParseUUIDPipe) roundId: string,
  ): Promise<ReviewRoundView> {
    return this.rounds.close(principal, roundId);
  }
}
