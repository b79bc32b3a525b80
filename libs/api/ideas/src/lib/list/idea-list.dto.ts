import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { ChallengeKeyQueryDto } from '@crowdforge/api-challenges';
import { IDEA_STATUSES, type IdeaStatus } from '@crowdforge/contracts';

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
  @ApiPropertyOptional({ example: 'packaging' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Length(1, 40)
  tag?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Ideas this person shows their name on' })
  @IsOptional()
  @IsUUID()
  authorId?: string;
}
