import { ApiProperty } from '@nestjs/swagger';
import {
  COMPARISON_CHOICES,
  type ComparisonAnswer,
  type ComparisonChoice,
  type ComparisonRecorded,
  type PairIdea,
  type PairPrompt,
} from '@crowdforge/contracts';
import { IsIn, IsUUID } from 'class-validator';

/** An answer names the prompt and the choice only: who answers is the caller, and each prompt counts once. */
export class ComparisonAnswerDto implements ComparisonAnswer {
  @ApiProperty({ format: 'uuid', description: 'The prompt’s id from GET …/pair' })
  @IsUUID()
  promptId!: string;

  @ApiProperty({ enum: COMPARISON_CHOICES, description: 'The idea on the left, the one on the right, or neither' })
  @IsIn(COMPARISON_CHOICES)
  choice!: ComparisonChoice;
}

export class PairIdeaDto implements PairIdea {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() pitch!: string;
}

export class PairPromptDto implements PairPrompt {
  @ApiProperty({ format: 'uuid' }) promptId!: string;
  @ApiProperty({ format: 'uuid' }) challengeId!: string;
  @ApiProperty({ type: PairIdeaDto }) left!: PairIdea;
  @ApiProperty({ type: PairIdeaDto }) right!: PairIdea;
  @ApiProperty({ description: 'Pairs I have answered in this challenge' }) compared!: number;
}

export class ComparisonRecordedDto implements ComparisonRecorded {
  @ApiProperty({ format: 'uuid' }) promptId!: string;
  @ApiProperty({ enum: COMPARISON_CHOICES }) choice!: ComparisonChoice;
  @ApiProperty({ description: 'Pairs I have answered in this challenge' }) compared!: number;
}
