import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@crowdforge/api-platform';
import type { GrantView } from '@crowdforge/contracts';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { CreateGrantDto, GrantDto, GrantFilterDto } from './dto/grant.dto';
import { GrantsService } from './grants.service';

/** Roles on one challenge or review round, also for people outside the organisation. */
@ApiTags('organisations')
@Controller('organisations/:organisationId/grants')
export class GrantsController {
  constructor(private readonly grants: GrantsService) {}

  @Get()
  @Allow('grants:manage')
  @ApiOperation({ operationId: 'grants_list', summary: 'Challenge and review-round grants of the organisation' })
  @ApiOkResponse({ type: [GrantDto] })
  list(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Query() filter: GrantFilterDto,
  ): Promise<GrantView[]> {
    return this.grants.list(organisationId, filter);
  }

  @Post()
  @Allow('grants:manage')
  @ApiOperation({ operationId: 'grants_create', summary: 'Grant someone a role on a challenge or review round' })
  @ApiCreatedResponse({ type: GrantDto })
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Body() body: CreateGrantDto,
  ): Promise<GrantView> {
    return this.grants.create(principal, organisationId, body);
  }

  @Delete(':grantId')
  @Allow('grants:manage')
  @HttpCode(204)
  @ApiOperation({ operationId: 'grants_revoke', summary: 'Take a grant away' })
  @ApiNoContentResponse()
  async revoke(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('grantId', ParseUUIDPipe) grantId: string,
  ): Promise<void> {
    await this.grants.revoke(organisationId, grantId);
  }
}
