import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, SignedIn } from '@crowdforge/api-platform';
import type { OrganisationView } from '@crowdforge/contracts';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { CreateOrganisationDto, OrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post()
  @SignedIn()
  @ApiOperation({ operationId: 'organisations_create', summary: 'Create an organisation; I become its owner' })
  @ApiCreatedResponse({ type: OrganisationDto })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateOrganisationDto): Promise<OrganisationView> {
    return this.organisations.create(principal.userId, body);
  }

  @Get('mine')
  @SignedIn()
  @ApiOperation({ operationId: 'organisations_listMine', summary: 'The organisations I belong to' })
  @ApiOkResponse({ type: [OrganisationDto] })
  listMine(@CurrentPrincipal() principal: Principal): Promise<OrganisationView[]> {
    return this.organisations.listFor(principal.userId);
  }

  @Get(':organisationId')
  @Allow('organisation:read')
  @ApiOperation({ operationId: 'organisations_get', summary: 'An organisation I belong to' })
  @ApiOkResponse({ type: OrganisationDto })
  get(@Param('organisationId', ParseUUIDPipe) organisationId: string): Promise<OrganisationView> {
    return this.organisations.get(organisationId);
  }

  @Patch(':organisationId')
  @Allow('organisation:manage')
  @ApiOperation({ operationId: 'organisations_update', summary: 'Change name and branding (owners and admins)' })
  @ApiOkResponse({ type: OrganisationDto })
  update(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Body() body: UpdateOrganisationDto,
  ): Promise<OrganisationView> {
    return this.organisations.update(organisationId, body);
  }
}
