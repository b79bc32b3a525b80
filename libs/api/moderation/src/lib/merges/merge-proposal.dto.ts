import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import { IsSafeText, trimmed } from '@crowdforge/api-platform';
import {
  MERGE_ANSWERS,
  MERGE_PROPOSAL_STATES,
  type MergeAnswer,
  type MergeAnswerInput,
  type MergeProposalInput,
  type MergeProposalState,
  type MergeProposalView,
} from '@crowdforge/contracts';

export class MergeProposalDto implements MergeProposalInput {
  @ApiProperty({ format: 'uuid', description: 'The idea that continues' })
  @IsUUID()
  intoIdeaId!: string;

  @ApiProperty({ example: 'Both ideas propose a refillable bottle for commuters.', maxLength: 1000 })
  @Transform(trimmed)
  @IsString()
  @Length(1, 1000)
  @IsSafeText()
  reason!: string;
}

export class MergeAnswerDto implements MergeAnswerInput {
  @ApiProperty({ enum: MERGE_ANSWERS })
  @IsIn(MERGE_ANSWERS)
  answer!: MergeAnswer;

  @ApiPropertyOptional({ description: 'Required to decline: the others are told', maxLength: 1000 })
  @ValidateIf((input: MergeAnswerDto) => input.answer === 'decline')
  @Transform(trimmed)
  @IsString()
  @Length(1, 1000)
  @IsSafeText()
  reason?: string;
}

class MergedIdeaDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'An author of this idea accepted' }) accepted!: boolean;
}

export class MergeProposalViewDto implements MergeProposalView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: MergedIdeaDto, description: 'The duplicate' }) mergedIdea!: MergedIdeaDto;
  @ApiProperty({ type: MergedIdeaDto, description: 'The idea that continues' }) keptIdea!: MergedIdeaDto;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: MERGE_PROPOSAL_STATES }) state!: MergeProposalState;
  @ApiProperty({ nullable: true, type: String }) declineReason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ type: [String], enum: ['merged', 'kept'] }) viewerMayAnswerFor!: ('merged' | 'kept')[];
}
