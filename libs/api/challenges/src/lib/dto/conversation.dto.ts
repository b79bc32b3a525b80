import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { IsSafeText, MayBeOmitted, trimmed } from '@crowdforge/api-platform';
import { BRIEF_SECTIONS, type BriefSection } from '@crowdforge/contracts';

export class AskQuestionDto {
  @ApiProperty({ example: 'May a team of two submit one idea together?' })
  @Transform(trimmed)
  @IsString()
  @Length(3, 2000)
  @IsSafeText()
  body!: string;
}

export class AnswerDto {
  @ApiProperty({ description: 'Markdown, shown publicly under the question' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 5000)
  @IsSafeText()
  body!: string;
}

export class SuggestAmendmentDto {
  @ApiProperty({ enum: BRIEF_SECTIONS })
  @IsIn(BRIEF_SECTIONS)
  section!: BriefSection;

  @ApiProperty({ description: 'Zero-based paragraph of the section', example: 0 })
  @IsInt()
  @Min(0)
  @Max(200)
  paragraph!: number;

  @ApiProperty({ description: 'The paragraph as it should read (Markdown)' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 5000)
  @IsSafeText()
  proposed!: string;

  @ApiProperty({ description: 'Why it should change' })
  @Transform(trimmed)
  @IsString()
  @MaxLength(2000)
  @IsSafeText()
  rationale!: string;
}

export class AcceptAmendmentDto {
  @ApiPropertyOptional({ description: 'A word to the author' })
  @MayBeOmitted()
  @Transform(trimmed)
  @IsString()
  @MaxLength(2000)
  @IsSafeText()
  response?: string;

  @ApiPropertyOptional({ description: 'The revision’s change summary; a default names the suggestion' })
  @MayBeOmitted()
  @Transform(trimmed)
  @IsString()
  @Length(3, 500)
  @IsSafeText()
  changeSummary?: string;
}

export class DeclineAmendmentDto {
  @ApiProperty({ description: 'Why not: the author is told' })
  @Transform(trimmed)
  @IsString()
  @Length(3, 2000)
  @IsSafeText()
  response!: string;
}

export class AnnouncementDto {
  @ApiProperty({ example: 'Voting opens on Monday' })
  @Transform(trimmed)
  @IsString()
  @Length(3, 200)
  @IsSafeText()
  title!: string;

  @ApiProperty({ description: 'Markdown' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 10_000)
  @IsSafeText()
  body!: string;
}

export class CloseChallengeDto {
  @ApiProperty({ description: 'Markdown: thanks to everyone who took part' })
  @Transform(trimmed)
  @IsString()
  @Length(10, 10_000)
  @IsSafeText()
  thankYou!: string;

  @ApiProperty({ description: 'Markdown: what happened with the ideas' })
  @Transform(trimmed)
  @IsString()
  @Length(10, 10_000)
  @IsSafeText()
  outcome!: string;
}

export class QuestionParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() challengeId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() questionId!: string;
}

export class AmendmentParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() challengeId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() amendmentId!: string;
}

export class RevisionParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() challengeId!: string;

  @ApiProperty({ minimum: 0 })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  number!: number;
}
