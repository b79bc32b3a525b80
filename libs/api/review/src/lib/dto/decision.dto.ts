import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsSafeText, trimmed } from '@crowdforge/api-platform';
import { REVIEW_DECISIONS, type ReviewDecision, type ReviewDecisionInput } from '@crowdforge/contracts';
import { MAX_SHORTLIST } from './review-round.dto';
import { EXPORT_FORMATS, type ExportFormat } from '../results/results-export';

export class ReviewDecisionDto implements ReviewDecisionInput {
  @ApiProperty({ enum: REVIEW_DECISIONS })
  @IsIn(REVIEW_DECISIONS)
  decision!: ReviewDecision;

  @ApiProperty({ description: 'What the authors are told', example: 'Selected: the pilot plan convinced the jury.' })
  @Transform(trimmed)
  @IsString()
  @Length(3, 4000)
  @IsSafeText()
  feedback!: string;

  @ApiProperty({ description: 'Show the authors the average per criterion' })
  @IsBoolean()
  shareCriteria!: boolean;
}

export class RoundResultsQueryDto {
  @ApiPropertyOptional({ description: 'The top n the cut-off figures refer to (default: a third of the ideas)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SHORTLIST)
  cutoff?: number;
}

export class ResultsExportQueryDto {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format!: ExportFormat;
}
