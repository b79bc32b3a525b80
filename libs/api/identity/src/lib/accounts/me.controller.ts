import { Body, Controller, Delete, Get, Header, HttpCode, Patch, Put, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@crowdforge/api-platform';
import type { CurrentUser } from '@crowdforge/contracts';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { CurrentUserDto } from '../sessions/session.dto';
import { clearSessionCookie } from '../sessions/session-cookie';
import { AccountsService } from './accounts.service';
import { ChangePasswordDto, DeleteAccountDto, UpdateProfileDto } from './dto/account.dto';
import { PersonalDataService } from './personal-data.service';

/** The signed-in person's own account: profile, privacy, password, their data, deletion. */
@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly personalData: PersonalDataService,
  ) {}

  @Get()
  @SignedIn()
  @ApiOperation({ operationId: 'me_get', summary: 'My profile, privacy choices and memberships' })
  @ApiOkResponse({ type: CurrentUserDto })
  get(@CurrentPrincipal() principal: Principal): Promise<CurrentUser> {
    return this.accounts.currentUser(principal.userId);
  }

  @Patch()
  @SignedIn()
  @ApiOperation({ operationId: 'me_update', summary: 'Change my profile and privacy choices' })
  @ApiOkResponse({ type: CurrentUserDto })
  update(@CurrentPrincipal() principal: Principal, @Body() body: UpdateProfileDto): Promise<CurrentUser> {
    return this.accounts.updateProfile(principal.userId, body);
  }

  @Put('password')
  @SignedIn({ sessionOnly: true })
  @HttpCode(204)
  @ApiOperation({ operationId: 'me_changePassword', summary: 'Change my password; signs out my other sessions' })
  @ApiNoContentResponse()
  async changePassword(@CurrentPrincipal() principal: Principal, @Body() body: ChangePasswordDto): Promise<void> {
    await this.accounts.changePassword(
      principal.userId,
      principal.via === 'session' ? principal.sessionId : undefined,
      body,
    );
  }

  @Get('export')
  @SignedIn({ sessionOnly: true })
  @Header('content-disposition', 'attachment; filename="crowdforge-my-data.json"')
  @ApiOperation({ operationId: 'me_export', summary: 'Download everything Crowdforge holds about me, as JSON' })
  @ApiOkResponse({ schema: { type: 'object' } })
  export(@CurrentPrincipal() principal: Principal): Promise<Record<string, unknown>> {
    return this.personalData.export(principal.userId);
  }

  @Delete()
  @SignedIn({ sessionOnly: true })
  @HttpCode(204)
  @ApiOperation({
    operationId: 'me_delete',
    summary: 'Delete my account: personal data is erased, contributions stay as "former member"',
  })
  @ApiNoContentResponse()
  async delete(
    @CurrentPrincipal() principal: Principal,
    @Body() body: DeleteAccountDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.accounts.deleteAccount(principal.userId, body.password);
    clearSessionCookie(reply);
  }
}
