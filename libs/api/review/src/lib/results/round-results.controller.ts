import { Body, Controller, Get, Header, Param, ParseUUIDPipe, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, type Principal } from '@crowdforge/api-identity';
import type { ReviewOutcome, RoundResults } from '@crowdforge/contracts';
import { ResultsExportQueryDto, ReviewDecisionDto, RoundResultsQueryDto } from '../dto/decision.dto';
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

  @Get('review-rounds/:roundId/export')
  @SignedIn()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    operationId: 'review_export',
    summary: "A round's results as CSV or XLSX, cells that could start a formula neutralised (organisers; audited)",
  })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'One row per idea, best first', schema: { type: 'string', format: 'binary' } })
  async export(
    @CurrentPrincipal() principal: Principal,
    @Param('roundId', ParseUUIDPipe) roundId: string,
    @Query() query: ResultsExportQueryDto,
  ): Promise<StreamableFile> {
    const file = await this.results.export(principal, roundId, query.format);
    return new StreamableFile(file.data, { type: file.type, disposition: `attachment; filename="${file.filename}"` });
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
