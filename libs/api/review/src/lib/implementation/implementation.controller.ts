import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ChallengeKeyQueryDto } from '@crowdforge/api-challenges';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, OptionalPrincipal, type Principal } from '@crowdforge/api-identity';
import type { ImplementationView } from '@crowdforge/contracts';
import { ImplementationDto, ImplementationUpdateDto, MilestoneDto } from './implementation.dto';
import { ImplementationViewDto } from './implementation-view.dto';
import { ImplementationService } from './implementation.service';

/** A selected idea followed into implementation, in public. */
@ApiTags('review')
@Controller('ideas/:ideaId/implementation')
export class ImplementationController {
  constructor(private readonly implementation: ImplementationService) {}

  @Get()
  @Public()
  @ApiOperation({
    operationId: 'implementation_get',
    summary:
      "A selected idea's implementation: owner, milestones, progress updates, realised value (whoever sees the idea)",
  })
  @ApiOkResponse({ type: ImplementationViewDto })
  get(
    @OptionalPrincipal() principal: Principal | null,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Query() query: ChallengeKeyQueryDto,
  ): Promise<ImplementationView> {
    return this.implementation.get(principal, ideaId, query.key ?? null);
  }

  @Put()
  @SignedIn()
  @ApiOperation({
    operationId: 'implementation_set',
    summary: 'Start following a selected idea into implementation, or change its owner and realised value (organisers)',
  })
  @ApiOkResponse({ type: ImplementationViewDto })
  set(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Body() input: ImplementationDto,
  ): Promise<ImplementationView> {
    return this.implementation.set(principal, ideaId, input);
  }

  @Post('milestones')
  @SignedIn()
  @ApiOperation({ operationId: 'implementation_addMilestone', summary: 'Add a milestone (organisers and the owner)' })
  @ApiCreatedResponse({ type: ImplementationViewDto })
  addMilestone(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Body() input: MilestoneDto,
  ): Promise<ImplementationView> {
    return this.implementation.addMilestone(principal, ideaId, input);
  }

  @Put('milestones/:milestoneId')
  @SignedIn()
  @ApiOperation({
    operationId: 'implementation_changeMilestone',
    summary: 'Change a milestone or mark it done (organisers and the owner)',
  })
  @ApiOkResponse({ type: ImplementationViewDto })
  changeMilestone(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Param('milestoneId', ParseUUIDPipe) milestoneId: string,
    @Body() input: MilestoneDto,
  ): Promise<ImplementationView> {
    return this.implementation.changeMilestone(principal, ideaId, milestoneId, input);
  }

  @Post('updates')
  @SignedIn()
  @ApiOperation({
    operationId: 'implementation_addUpdate',
    summary: "Post a progress update; the idea's authors and followers hear of it (organisers and the owner)",
  })
  @ApiCreatedResponse({ type: ImplementationViewDto })
  addUpdate(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Body() input: ImplementationUpdateDto,
  ): Promise<ImplementationView> {
    return this.implementation.addUpdate(principal, ideaId, input);
  }
}
