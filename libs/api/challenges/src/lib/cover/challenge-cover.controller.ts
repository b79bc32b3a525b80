import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public, SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, OptionalPrincipal, type Principal } from '@crowdforge/api-identity';
import { readUpload, sendFile, UPLOAD_BODY } from '@crowdforge/api-files';
import type { ChallengeDetail } from '@crowdforge/contracts';
import { ChallengeFileQueryDto } from '../dto/challenge-query.dto';
import { ChallengeDetailDto } from '../dto/challenge-view.dto';
import { ChallengeCoverService } from './challenge-cover.service';

/** The cover image of a challenge. */
@ApiTags('challenges')
@Controller('challenges/:challengeId/cover')
export class ChallengeCoverController {
  constructor(private readonly covers: ChallengeCoverService) {}

  @Put()
  @SignedIn()
  @ApiOperation({
    operationId: 'challenges_cover_set',
    summary: 'Upload the cover image (organisers): JPEG, PNG, WebP or GIF up to 10 MB, re-encoded in three sizes',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiOkResponse({ type: ChallengeDetailDto })
  async replace(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Req() request: FastifyRequest,
  ): Promise<ChallengeDetail> {
    return this.covers.replace(principal, challengeId, await readUpload(request));
  }

  @Delete()
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ operationId: 'challenges_cover_remove', summary: 'Remove the cover image (organisers)' })
  @ApiNoContentResponse()
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
  ): Promise<void> {
    return this.covers.remove(principal, challengeId);
  }

  @Get(':coverId')
  @Public()
  @ApiOperation({ operationId: 'challenges_cover_get', summary: 'The cover image, for whoever may see the challenge' })
  @ApiOkResponse({ description: 'A WebP image', content: { 'image/webp': {} } })
  async get(
    @OptionalPrincipal() principal: Principal | null,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Param('coverId', ParseUUIDPipe) coverId: string,
    @Query() query: ChallengeFileQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const file = await this.covers.open(principal, challengeId, coverId, { key: query.key ?? null, size: query.size });
    return sendFile(reply, file);
  }
}
