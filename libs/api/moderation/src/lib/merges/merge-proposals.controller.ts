import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, type Principal } from '@crowdforge/api-identity';
import type { MergeProposalView } from '@crowdforge/contracts';
import { MergeAnswerDto, MergeProposalDto, MergeProposalViewDto } from './merge-proposal.dto';
import { MergeProposals } from './merge-proposals.service';

/** Merging duplicate ideas, once an author of each has agreed. */
@ApiTags('moderation')
@Controller()
export class MergeProposalsController {
  constructor(private readonly proposals: MergeProposals) {}

  @Post('ideas/:ideaId/merge-proposals')
  @SignedIn()
  @ApiOperation({
    operationId: 'moderation_proposeMerge',
    summary: 'Propose to merge this idea into another of its challenge (moderators, or an author of either idea)',
  })
  @ApiCreatedResponse({ type: MergeProposalViewDto })
  propose(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Body() body: MergeProposalDto,
  ): Promise<MergeProposalView> {
    return this.proposals.propose(principal, ideaId, body);
  }

  @Get('ideas/:ideaId/merge-proposals')
  @SignedIn()
  @ApiOperation({
    operationId: 'moderation_mergeProposals',
    summary: 'The merge proposals about an idea, for the authors of the ideas involved and the moderators',
  })
  @ApiOkResponse({ type: [MergeProposalViewDto] })
  about(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
  ): Promise<MergeProposalView[]> {
    return this.proposals.about(principal, ideaId);
  }

  @Post('merge-proposals/:proposalId/answer')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'moderation_answerMerge',
    summary: 'Accept or decline a merge for your idea; the merge happens when an author of each idea accepted',
  })
  @ApiOkResponse({ type: MergeProposalViewDto })
  answer(
    @CurrentPrincipal() principal: Principal,
    @Param('proposalId', ParseUUIDPipe) proposalId: string,
    @Body() body: MergeAnswerDto,
  ): Promise<MergeProposalView> {
    return this.proposals.answer(principal, proposalId, body);
  }
}
