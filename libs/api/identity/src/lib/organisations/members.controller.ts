import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@crowdforge/api-platform';
import type { MemberView } from '@crowdforge/contracts';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { ChangeRoleDto, MemberDto } from './dto/organisation.dto';
import { MembersService } from './members.service';

@ApiTags('organisations')
@Controller('organisations/:organisationId')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get('members')
  @Allow('members:read')
  @ApiOperation({ operationId: 'members_list', summary: 'Members and their roles' })
  @ApiOkResponse({ type: [MemberDto] })
  list(@Param('organisationId', ParseUUIDPipe) organisationId: string): Promise<MemberView[]> {
    return this.members.list(organisationId);
  }

  @Put('members/:userId/role')
  @Allow('members:manage')
  @HttpCode(204)
  @ApiOperation({ operationId: 'members_changeRole', summary: 'Change a member’s role (only owners touch owners)' })
  @ApiNoContentResponse()
  async changeRole(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() body: ChangeRoleDto,
  ): Promise<void> {
    await this.members.changeRole(principal, organisationId, userId, body.role);
  }

  @Delete('members/:userId')
  @Allow('members:manage')
  @HttpCode(204)
  @ApiOperation({ operationId: 'members_remove', summary: 'Remove a member' })
  @ApiNoContentResponse()
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<void> {
    await this.members.remove(principal, organisationId, userId);
  }

  @Post('leave')
  @Allow('organisation:read')
  @HttpCode(204)
  @ApiOperation({ operationId: 'members_leave', summary: 'Leave the organisation' })
  @ApiNoContentResponse()
  async leave(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
  ): Promise<void> {
    await this.members.remove(principal, organisationId, principal.userId);
  }
}
