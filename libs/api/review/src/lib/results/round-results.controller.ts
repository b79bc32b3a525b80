import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, type Principal } from '@crowdforge/api-identity';
import type { ReviewOutcome, RoundResults } from '@crowdforge/contracts';
import { ReviewDecisionDto, RoundResultsQueryDto } from '../dto/decision.dto';
import { ReviewOutcomeDto, RoundResultsDto } from '../dto/results-view.dto';
import { RoundResultsService } from './round-results.service';

/** A round's results and decisions (organisers), and the outcome its authors read. */
@ApiTags('review')
@Controller()
export class RoundResultsController {
  constructor(private readonly results: RoundResultsService) {}

  @Get('review-rounds/:roundId/results')
  @SignedIn()
  @ApiOperation({
    operationId: 'review_results',
    summary:
      "A round's results: raw and bias-corrected scores beside the crowd's ranking, agreement, disagreement, cut-off stability (organisers)",
  })
  @ApiOkResponse({ type: RoundResultsDto })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Query() query: RoundResultsQueryDto,
  ): Promise<RoundResults> {
    return this.results.results(principal, roundId, query.cutoff);
  }

  @Put('review-rounds/:roundId/decisions/:ideaId')
  @SignedIn()
  @ApiOperation({
    operationId: 'review_decide',
    summary: 'Decide on an idea of the round with feedback to its authors: advance, shortlist, select, park or decline',
  })
  @ApiOkResponse({ type: RoundResultsDto })
  decide(
    @CurrentPrincipal() principal: Principal,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Body() input: ReviewDecisionDto,
  ): Promise<RoundResults> {
    return this.results.decide(principal, roundId, ideaId, input);
  }

  @Get('ideas/:ideaId/review-outcomes')
  @SignedIn()
  @ApiOperation({
    operationId: 'review_outcomes',
    summary: "An idea's review decisions with feedback, round by round (its authors); never who reviewed",
  })
  @ApiOkResponse({ type: [ReviewOutcomeDto] })
  outcomes(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
  ): Promise<ReviewOutcome[]> {
    return this.results.outcomes(principal, ideaId);
  }
}
