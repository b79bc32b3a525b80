import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class AttachmentFieldQueryDto {
  @ApiPropertyOptional({
    example: 'business_case',
    description: "The idea form's file field the upload fills (replacing the file it held)",
  })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'field must be the key of a file field of the idea form' })
  field?: string;
}
