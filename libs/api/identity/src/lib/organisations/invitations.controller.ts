import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, SignedIn } from '@crowdforge/api-platform';
import type { InvitationView } from '@crowdforge/contracts';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { AcceptInvitationDto, InvitationDto, InviteDto } from './dto/organisation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('organisations')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get('organisations/:organisationId/invitations')
  @Allow('members:manage')
  @ApiOperation({ operationId: 'invitations_list', summary: 'Invitations sent by the organisation' })
  @ApiOkResponse({ type: [InvitationDto] })
  list(@Param('organisationId', ParseUUIDPipe) organisationId: string): Promise<InvitationView[]> {
    return this.invitations.list(organisationId);
  }

  @Post('organisations/:organisationId/invitations')
  @Allow('members:manage')
  @ApiOperation({ operationId: 'invitations_create', summary: 'Invite someone by email (expires in 7 days)' })
  @ApiCreatedResponse({ type: InvitationDto })
  invite(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Body() body: InviteDto,
  ): Promise<InvitationView> {
    return this.invitations.invite(principal, organisationId, body);
  }

  @Delete('organisations/:organisationId/invitations/:invitationId')
  @Allow('members:manage')
  @HttpCode(204)
  @ApiOperation({ operationId: 'invitations_revoke', summary: 'Revoke an open invitation' })
  @ApiNoContentResponse()
  async revoke(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('invitationId', ParseUUIDPipe) invitationId: string,
  ): Promise<void> {
    await this.invitations.revoke(organisationId, invitationId);
  }

  @Post('invitations/accept')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ operationId: 'invitations_accept', summary: 'Accept an invitation sent to my verified address' })
  @ApiOkResponse({ schema: { type: 'object', properties: { organisationId: { type: 'string', format: 'uuid' } } } })
  accept(
    @CurrentPrincipal() principal: Principal,
    @Body() body: AcceptInvitationDto,
  ): Promise<{ organisationId: string }> {
    return this.invitations.accept(principal, body.token);
  }
}
