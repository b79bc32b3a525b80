import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsString, IsUUID, Length } from 'class-validator';
import { IsSafeText, MayBeOmitted, trimmed } from '@crowdforge/api-platform';

export class CommentBodyDto {
  @ApiProperty({ description: 'Markdown', example: 'Could the film be **home-compostable**?' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 5000)
  @IsSafeText()
  body!: string;
}

export class CommentDto extends CommentBodyDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The comment this replies to' })
  @MayBeOmitted()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'People mentioned, each told' })
  @MayBeOmitted()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  mentions?: string[];
}

export class MentionCandidatesQueryDto {
  @ApiProperty({ description: 'The start of a name, or of a word in it', example: 'ali', minLength: 1, maxLength: 60 })
  @Transform(trimmed)
  @IsString()
  @Length(1, 60)
  q!: string;
}
