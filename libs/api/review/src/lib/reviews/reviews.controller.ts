import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, type Principal } from '@crowdforge/api-identity';
import type { ConflictOutcome, ReviewQueueItem, ReviewView } from '@crowdforge/contracts';
import { ConflictDto, ReviewInputDto } from '../dto/review.dto';
import { ConflictOutcomeDto, ReviewQueueItemDto, ReviewViewDto } from '../dto/review-view.dto';
import { ReviewsService } from './reviews.service';

/** The reviewer's workspace: their queue, one review at a time, and conflicts of interest. */
@ApiTags('review')
@Controller()
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get('me/reviews')
  @SignedIn()
  @ApiOperation({ operationId: 'review_queue', summary: 'My reviews: what is still to do first, by due date' })
  @ApiOkResponse({ type: [ReviewQueueItemDto] })
  queue(@CurrentPrincipal() principal: Principal): Promise<ReviewQueueItem[]> {
    return this.reviews.queue(principal);
  }

  @Get('reviews/:reviewId')
  @SignedIn()
  @ApiOperation({
    operationId: 'review_get',
    summary: 'One of my reviews: the idea (without its authors in a blind round), the scorecard and my scores',
  })
  @ApiOkResponse({ type: ReviewViewDto })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<ReviewView> {
    return this.reviews.get(principal, reviewId);
  }

  @Put('reviews/:reviewId')
  @SignedIn()
  @ApiOperation({
    operationId: 'review_save',
    summary: 'Save my scores as a draft (a submitted review stays submitted and must stay complete)',
  })
  @ApiOkResponse({ type: ReviewViewDto })
  save(
    @CurrentPrincipal() principal: Principal,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Body() input: ReviewInputDto,
  ): Promise<ReviewView> {
    return this.reviews.save(principal, reviewId, input);
  }

  @Post('reviews/:reviewId/submission')
  @SignedIn()
  @ApiOperation({
    operationId: 'review_submit',
    summary: 'Submit my review: every criterion scored, comments where the scorecard asks for them',
  })
  @ApiCreatedResponse({ type: ReviewViewDto })
  submit(
    @CurrentPrincipal() principal: Principal,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Body() input: ReviewInputDto,
  ): Promise<ReviewView> {
    return this.reviews.submit(principal, reviewId, input);
  }

  @Post('reviews/:reviewId/conflict')
  @SignedIn()
  @ApiOperation({
    operationId: 'review_declareConflict',
    summary: 'Declare a conflict of interest: the idea goes to another reviewer, the organisers are told',
  })
  @ApiCreatedResponse({ type: ConflictOutcomeDto })
  declareConflict(
    @CurrentPrincipal() principal: Principal,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Body() input: ConflictDto,
  ): Promise<ConflictOutcome> {
    return this.reviews.declareConflict(principal, reviewId, input.reason);
  }
}
