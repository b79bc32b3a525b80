import { ApiProperty, ApiPropertyOptional, type ApiBodyOptions } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  ATTACHMENT_KINDS,
  IMAGE_SIZES,
  type AttachmentKind,
  type AttachmentView,
  type ImageSize,
} from '@crowdforge/contracts';

export class AttachmentViewDto implements AttachmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ATTACHMENT_KINDS }) kind!: AttachmentKind;
  @ApiProperty({ example: 'application/pdf', description: 'As sniffed from the content' }) mediaType!: string;
  @ApiProperty({ example: 'business-case.pdf' }) name!: string;
  @ApiProperty({ description: 'Bytes stored' }) byteSize!: number;
  @ApiProperty({ nullable: true, type: Number }) width!: number | null;
  @ApiProperty({ nullable: true, type: Number }) height!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'The idea form file field it fills' })
  field!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ImageSizeQueryDto {
  @ApiPropertyOptional({ enum: Object.keys(IMAGE_SIZES), description: 'For images; default large' })
  @IsOptional()
  @IsIn(Object.keys(IMAGE_SIZES))
  size?: ImageSize;
}

/** The OpenAPI description of a body carrying one file. */
export const UPLOAD_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary' } },
  },
};
