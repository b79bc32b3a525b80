import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ImageSizeQueryDto } from '@crowdforge/api-files';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto, trimmed } from '@crowdforge/api-platform';
import {
  CHALLENGE_SORTS,
  CHALLENGE_STAGES,
  PHASE_KINDS,
  type ChallengeSort,
  type PhaseKind,
  type ChallengeStage,
} from '@crowdforge/contracts';

export class ChallengeQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Full-text search in Dutch and English', example: 'verpakking' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ example: 'sustainability' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @MaxLength(40)
  theme?: string;

  @ApiPropertyOptional({ enum: CHALLENGE_STAGES })
  @IsOptional()
  @IsIn(CHALLENGE_STAGES)
  stage?: ChallengeStage;

  @ApiPropertyOptional({ enum: CHALLENGE_SORTS, description: 'Default: relevance when searching, else newest' })
  @IsOptional()
  @IsIn(CHALLENGE_SORTS)
  sort?: ChallengeSort;
}

export class ChallengeKeyQueryDto {
  @ApiPropertyOptional({ description: 'The secret of an unlisted challenge’s link' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{16,64}$/, { message: 'key is not a valid link secret' })
  key?: string;
}

export class WindowParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  challengeId!: string;

  @ApiProperty({ enum: PHASE_KINDS })
  @IsIn(PHASE_KINDS)
  kind!: PhaseKind;
}

/** A file of a challenge or of one of its ideas: the link secret of an unlisted challenge, and an image size. */
export class ChallengeFileQueryDto extends IntersectionType(ChallengeKeyQueryDto, ImageSizeQueryDto) {}
