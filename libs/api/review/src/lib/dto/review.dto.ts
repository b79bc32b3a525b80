import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsSafeText, trimmed } from '@crowdforge/api-platform';
import type { ConflictInput, CriterionScore, ReviewInput } from '@crowdforge/contracts';
import { MAX_CRITERIA } from './review-round.dto';

export class CriterionScoreDto implements CriterionScore {
  @ApiProperty({ example: 'feasibility' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'criterion must be a key of the scorecard' })
  criterion!: string;

  @ApiProperty({ example: 4, description: "A whole number on the criterion's scale" })
  @IsInt()
  @Min(0)
  @Max(100)
  score!: number;

  @ApiProperty({ example: 'Needs a supplier we do not have yet.' })
  @Transform(trimmed)
  @IsString()
  @MaxLength(2000)
  @IsSafeText()
  comment!: string;
}

export class ReviewInputDto implements ReviewInput {
  @ApiProperty({ type: [CriterionScoreDto] })
  @ArrayMaxSize(MAX_CRITERIA)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreDto)
  scores!: CriterionScoreDto[];

  @ApiProperty({ example: 'Promising; the cost estimate is optimistic.' })
  @Transform(trimmed)
  @IsString()
  @MaxLength(4000)
  @IsSafeText()
  comment!: string;
}

export class ConflictDto implements ConflictInput {
  @ApiProperty({ example: 'I advised the team that wrote this idea.' })
  @Transform(trimmed)
  @IsString()
  @Length(3, 1000)
  @IsSafeText()
  reason!: string;
}
