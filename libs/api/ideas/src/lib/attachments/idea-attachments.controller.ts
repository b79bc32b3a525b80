import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public, SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, OptionalPrincipal, type Principal } from '@crowdforge/api-identity';
import { ChallengeFileQueryDto } from '@crowdforge/api-challenges';
import { AttachmentViewDto, readUpload, sendFile, UPLOAD_BODY } from '@crowdforge/api-files';
import type { AttachmentView } from '@crowdforge/contracts';
import { AttachmentFieldQueryDto } from './idea-attachment.dto';
import { IdeaAttachmentsService } from './idea-attachments.service';

/** Images and documents on ideas. */
@ApiTags('ideas')
@Controller('ideas/:ideaId/attachments')
export class IdeaAttachmentsController {
  constructor(private readonly attachments: IdeaAttachmentsService) {}

  @Post()
  @SignedIn()
  @ApiOperation({
    operationId: 'ideas_attachments_add',
    summary: 'Add an image or document to an idea (authors, while it may be edited)',
    description:
      'The type is sniffed from the content: JPEG, PNG, WebP or GIF images (re-encoded, metadata removed) up to ' +
      '10 MB, PDF or office documents up to 20 MB. Each person has a storage quota.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiCreatedResponse({ type: AttachmentViewDto })
  async add(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Query() query: AttachmentFieldQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<AttachmentView> {
    return this.attachments.add(principal, ideaId, query.field ?? null, await readUpload(request));
  }

  @Get(':attachmentId')
  @Public()
  @ApiOperation({
    operationId: 'ideas_attachments_get',
    summary: "An idea's file, for whoever may see the idea (images inline, documents as downloads)",
  })
  @ApiOkResponse({ description: 'The file', content: { 'application/octet-stream': {} } })
  async get(
    @OptionalPrincipal() principal: Principal | null,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @Query() query: ChallengeFileQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const file = await this.attachments.open(principal, ideaId, attachmentId, {
      key: query.key ?? null,
      size: query.size,
    });
    return sendFile(reply, file);
  }

  @Delete(':attachmentId')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ operationId: 'ideas_attachments_remove', summary: 'Remove a file from an idea (authors)' })
  @ApiNoContentResponse()
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param('ideaId', ParseUUIDPipe) ideaId: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
  ): Promise<void> {
    return this.attachments.remove(principal, ideaId, attachmentId);
  }
}
