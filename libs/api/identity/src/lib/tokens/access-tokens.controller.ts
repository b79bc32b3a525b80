import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@crowdforge/api-platform';
import type { AccessTokenView, CreatedAccessToken } from '@crowdforge/contracts';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { AccessTokensService } from './access-tokens.service';
import { AccessTokenDto, CreateAccessTokenDto, CreatedAccessTokenDto } from './dto/access-token.dto';

/** Personal access tokens for API clients; managed only from a signed-in browser. */
@ApiTags('me')
@Controller('me/tokens')
export class AccessTokensController {
  constructor(private readonly tokens: AccessTokensService) {}

  @Get()
  @SignedIn({ sessionOnly: true })
  @ApiOperation({ operationId: 'tokens_list', summary: 'My active access tokens' })
  @ApiOkResponse({ type: [AccessTokenDto] })
  list(@CurrentPrincipal() principal: Principal): Promise<AccessTokenView[]> {
    return this.tokens.list(principal.userId);
  }

  @Post()
  @SignedIn({ sessionOnly: true })
  @ApiOperation({ operationId: 'tokens_create', summary: 'Create an access token (its value is shown once)' })
  @ApiCreatedResponse({ type: CreatedAccessTokenDto })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateAccessTokenDto): Promise<CreatedAccessToken> {
    return this.tokens.create(principal.userId, body.name, body.scopes, body.expiresInDays);
  }

  @Delete(':tokenId')
  @SignedIn({ sessionOnly: true })
  @HttpCode(204)
  @ApiOperation({ operationId: 'tokens_revoke', summary: 'Revoke an access token; it stops working at once' })
  @ApiNoContentResponse()
  async revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('tokenId', ParseUUIDPipe) tokenId: string,
  ): Promise<void> {
    await this.tokens.revoke(principal.userId, tokenId);
  }
}
