import { ApiProperty } from '@nestjs/swagger';
import {
  AMENDMENT_STATES,
  BRIEF_SECTIONS,
  type AmendmentState,
  type AmendmentView,
  type AnnouncementView,
  type BriefSection,
  type ChallengeQuestionView,
  type ChallengeRevisionDetail,
  type RenderedText,
  type TextChange,
} from '@crowdforge/contracts';
import { RenderedTextDto, RevisionSummaryDto } from './challenge-view.dto';

class AnswerViewDto {
  @ApiProperty({ type: RenderedTextDto }) body!: RenderedText;
  @ApiProperty() by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class QuestionDto implements ChallengeQuestionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() body!: string;
  @ApiProperty() author!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: AnswerViewDto, nullable: true }) answer!: AnswerViewDto | null;
}

export class AmendmentDto implements AmendmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: BRIEF_SECTIONS }) section!: BriefSection;
  @ApiProperty() paragraph!: number;
  @ApiProperty() original!: string;
  @ApiProperty() proposed!: string;
  @ApiProperty() rationale!: string;
  @ApiProperty() author!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ enum: AMENDMENT_STATES }) state!: AmendmentState;
  @ApiProperty({ nullable: true, type: String }) response!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) revision!: number | null;
}

export class AnnouncementViewDto implements AnnouncementView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: RenderedTextDto }) body!: RenderedText;
  @ApiProperty() author!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

class TextPartDto {
  @ApiProperty({ enum: ['same', 'added', 'removed'] }) kind!: 'same' | 'added' | 'removed';
  @ApiProperty() text!: string;
}

class TextChangeDto implements TextChange {
  @ApiProperty({ example: 'brief.problem' }) field!: string;
  @ApiProperty({ type: [TextPartDto] }) parts!: TextPartDto[];
}

export class RevisionDetailDto extends RevisionSummaryDto implements ChallengeRevisionDetail {
  @ApiProperty({ type: [TextChangeDto] }) changes!: TextChange[];
}
