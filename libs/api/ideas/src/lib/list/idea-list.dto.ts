import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { ChallengeKeyQueryDto } from '@crowdforge/api-challenges';
import { IDEA_SORTS, IDEA_STATUSES, MAX_RANKING_K, type IdeaSort, type IdeaStatus } from '@crowdforge/contracts';

/** The status filter and keyset cursor of an idea list; newest first. */
export class IdeaPageQueryDto {
  @ApiPropertyOptional({ enum: IDEA_STATUSES })
  @IsOptional()
  @IsIn(IDEA_STATUSES)
  status?: IdeaStatus;

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}

export class IdeaListQueryDto extends IntersectionType(ChallengeKeyQueryDto, IdeaPageQueryDto) {
  @ApiPropertyOptional({ enum: IDEA_SORTS, default: 'newest', description: '`discussed`: most comments first' })
  @IsOptional()
  @IsIn(IDEA_SORTS)
  sort: IdeaSort = 'newest';

  @ApiPropertyOptional({ example: 'packaging' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Length(1, 40)
  tag?: string;

  @ApiPropertyOptional({ description: 'Words to search for, in Dutch or English', example: 'seaweed bags' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Ideas this person shows their name on' })
  @IsOptional()
  @IsUUID()
  authorId?: string;
}

export class SimilarIdeasQueryDto extends ChallengeKeyQueryDto {
  @ApiProperty({ description: 'The title and pitch being typed', example: 'Tea bags made of seaweed' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(3, 700)
  text!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The idea being edited, left out' })
  @IsOptional()
  @IsUUID()
  except?: string;
}

export class RankingQueryDto extends ChallengeKeyQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_RANKING_K, default: 10, description: 'How long the top is' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_RANKING_K)
  k = 10;
}
