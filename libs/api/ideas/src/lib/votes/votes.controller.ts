import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, OptionalPrincipal, type Principal } from '@crowdforge/api-identity';
import { ChallengeKeyQueryDto } from '@crowdforge/api-challenges';
import type { MyVotes, VotingOverview, VotingRules } from '@crowdforge/contracts';
import { MyVotesDto, VoteDto, VotingOverviewDto, VotingRulesDto } from '../dto/vote.dto';
import { VoteRateLimit } from './vote-rate-limit';
import { VotesService } from './votes.service';

/** Voting on ideas while the voting window is open, and the organisers' voting rules. */
@ApiTags('votes')
@Controller()
export class VotesController {
  constructor(
    private readonly votes: VotesService,
    private readonly rateLimit: VoteRateLimit,
  ) {}

  @Put('ideas/:ideaId/vote')
  @SignedIn()
  @ApiOperation({
    operationId: 'votes_support',
    summary: 'Vote on an idea in the challenge’s mode, or change the vote (the same vote again changes nothing)',
  })
  @ApiOkResponse({ type: MyVotesDto })
  async support(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Body() vote: VoteDto,
  ): Promise<MyVotes> {
    await this.rateLimit.consume(principal);
    return this.votes.vote(principal, ideaId, vote.value ?? 1);
  }

  @Delete('ideas/:ideaId/vote')
  @SignedIn()
  @ApiOperation({ operationId: 'votes_withdraw', summary: 'Take one’s vote back while voting is open' })
  @ApiOkResponse({ type: MyVotesDto })
  async withdraw(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
  ): Promise<MyVotes> {
    await this.rateLimit.consume(principal);
    return this.votes.vote(principal, ideaId, null);
  }

  @Get('challenges/:challengeId/my-votes')
  @SignedIn()
  @ApiOperation({
    operationId: 'votes_mine',
    summary: 'My votes in a challenge, its voting rules, and the votes or tokens I have left',
  })
  @ApiOkResponse({ type: MyVotesDto })
  mine(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: ChallengeKeyQueryDto,
  ): Promise<MyVotes> {
    return this.votes.mine(principal, challengeId, query.key ?? null);
  }

  @Get('challenges/:challengeId/voting')
  @Public()
  @ApiOperation({
    operationId: 'votes_overview',
    summary: 'How the challenge votes, and whether I see tallies and vote orders now',
  })
  @ApiOkResponse({ type: VotingOverviewDto })
  overview(
    @OptionalPrincipal() principal: Principal | null,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: ChallengeKeyQueryDto,
  ): Promise<VotingOverview> {
    return this.votes.overview(principal, challengeId, query.key ?? null);
  }

  @Put('challenges/:challengeId/voting-rules')
  @SignedIn()
  @ApiOperation({
    operationId: 'votes_setRules',
    summary: 'Set the voting mode, limit, token budget and whether authors vote (organisers, before voting opens)',
  })
  @ApiOkResponse({ type: VotingRulesDto })
  setRules(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Body() rules: VotingRulesDto,
  ): Promise<VotingRules> {
    return this.votes.setRules(principal, challengeId, rules);
  }
}
