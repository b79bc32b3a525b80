import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsSafeText, IsTagList, MayBeOmitted, trimmed } from '@crowdforge/api-platform';
import { CriterionDto } from '@crowdforge/api-challenges';
import {
  IDEA_STATUSES,
  type IdeaStatus,
  type ReviewRoundInput,
  type RoundReviewerInput,
  type ScorecardCriterion,
  type ShortlistInput,
} from '@crowdforge/contracts';

/** Limits of a round: enough for a large challenge's funnel, small enough to assign in a request. */
export const MAX_SHORTLIST = 2000;
export const MAX_REVIEWERS = 200;
export const MAX_CRITERIA = 12;

/** A brief's evaluation criterion with what a scorecard adds: a key, a scale and when a comment is required. */
export class ScorecardCriterionDto extends CriterionDto implements ScorecardCriterion {
  @ApiProperty({
    example: 'feasibility',
    description: 'Lower-case letters, digits and dashes; unique in the scorecard',
  })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'key must be 1–40 lower-case letters, digits or dashes' })
  key!: string;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(0)
  @Max(99)
  scaleMin!: number;

  @ApiProperty({ example: 5 })
  @IsInt()
  @Min(1)
  @Max(100)
  scaleMax!: number;

  @ApiProperty({ example: 3, nullable: true, type: Number, description: 'A score below this needs a comment' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  commentBelow!: number | null;
}

export class ReviewRoundInputDto implements ReviewRoundInput {
  @ApiProperty({ example: 'Technical review' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 120)
  @IsSafeText()
  name!: string;

  @ApiProperty({ example: 3, minimum: 1, maximum: 10 })
  @IsInt()
  @Min(1)
  @Max(10)
  reviewersPerIdea!: number;

  @ApiProperty({ example: '2027-01-31T17:00:00.000Z', nullable: true, type: String })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueAt!: string | null;

  @ApiProperty({ description: 'Authorship hidden from the reviewers' })
  @IsBoolean()
  blind!: boolean;

  @ApiPropertyOptional({ type: [ScorecardCriterionDto], description: "Omitted: the brief's evaluation criteria, 1–5" })
  @MayBeOmitted()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CRITERIA)
  @ValidateNested({ each: true })
  @Type(() => ScorecardCriterionDto)
  scorecard?: ScorecardCriterionDto[];
}

export class ShortlistDto implements ShortlistInput {
  @ApiPropertyOptional({ type: [String], description: 'These ideas, in this order (nothing else may be given)' })
  @MayBeOmitted()
  @ArrayMaxSize(MAX_SHORTLIST)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ideaIds?: string[];

  @ApiPropertyOptional({ example: 20, description: "The first n by the crowd's ranking" })
  @MayBeOmitted()
  @IsInt()
  @Min(1)
  @Max(MAX_SHORTLIST)
  top?: number;

  @ApiPropertyOptional({ enum: IDEA_STATUSES, isArray: true })
  @MayBeOmitted()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(IDEA_STATUSES, { each: true })
  statuses?: IdeaStatus[];

  @ApiPropertyOptional({ example: 40, description: "A threshold on the crowd's vote score" })
  @MayBeOmitted()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  minVoteScore?: number;
}

export class RoundReviewerDto implements RoundReviewerInput {
  @ApiProperty()
  @IsUUID()
  userId!: string;

  @ApiProperty({ type: [String], example: ['packaging'] })
  @IsTagList()
  expertise!: string[];
}

export class RoundReviewersDto {
  @ApiProperty({ type: [RoundReviewerDto] })
  @ArrayMaxSize(MAX_REVIEWERS)
  @ValidateNested({ each: true })
  @Type(() => RoundReviewerDto)
  reviewers!: RoundReviewerDto[];
}
