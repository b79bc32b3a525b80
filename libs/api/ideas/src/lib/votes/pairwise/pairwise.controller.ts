import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, type Principal } from '@crowdforge/api-identity';
import type { ComparisonRecorded, PairPrompt } from '@crowdforge/contracts';
import type { FastifyReply } from 'fastify';
import { ComparisonAnswerDto, ComparisonRecordedDto, PairPromptDto } from '../../dto/comparison.dto';
import { VoteRateLimit } from '../vote-rate-limit';
import { PairwiseService } from './pairwise.service';

/** Pairwise voting: which of two ideas is better, while the voting window is open. */
@ApiTags('votes')
@Controller('challenges/:challengeId')
export class PairwiseController {
  constructor(
    private readonly pairwise: PairwiseService,
    private readonly rateLimit: VoteRateLimit,
  ) {}

  @Get('pair')
  @SignedIn()
  @ApiOperation({
    operationId: 'votes_nextPair',
    summary: 'The next pair of ideas for me to compare (the same one until I answer it); 204 when none is left',
  })
  @ApiOkResponse({ type: PairPromptDto })
  @ApiNoContentResponse({ description: 'I have compared every pair I may' })
  async nextPair(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PairPrompt | undefined> {
    await this.rateLimit.consume(principal);
    const prompt = await this.pairwise.nextPair(principal, challengeId);
    if (prompt) return prompt;
    reply.status(204);
    return undefined;
  }

  @Post('comparisons')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'votes_compare',
    summary: 'Answer a pair: the left idea, the right one, or I can’t decide (the same answer again changes nothing)',
  })
  @ApiOkResponse({ type: ComparisonRecordedDto })
  async compare(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Body() answer: ComparisonAnswerDto,
  ): Promise<ComparisonRecorded> {
    await this.rateLimit.consume(principal);
    return this.pairwise.answer(principal, challengeId, answer);
  }
}
