import { ApiProperty } from '@nestjs/swagger';
import { RenderedTextDto } from '@crowdforge/api-challenges';
import { AttachmentViewDto } from '@crowdforge/api-files';
import {
  IDEA_STATUSES,
  REVIEW_ROUND_STATES,
  REVIEW_STATES,
  type IdeaFieldValue,
  type IdeaStatus,
  type ReviewedIdea,
  type ReviewQueueItem,
  type ReviewRoundState,
  type ReviewRoundView,
  type ReviewState,
  type ReviewView,
  type RoundReviewerView,
  type ShortlistedIdeaView,
  type ConflictOutcome,
} from '@crowdforge/contracts';
import { CriterionScoreDto } from './review.dto';
import { ScorecardCriterionDto } from './review-round.dto';

class ReviewProgressDto {
  @ApiProperty() assigned!: number;
  @ApiProperty() submitted!: number;
}

export class ReviewRoundViewDto implements ReviewRoundView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) challengeId!: string;
  @ApiProperty() position!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: REVIEW_ROUND_STATES }) state!: ReviewRoundState;
  @ApiProperty() reviewersPerIdea!: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) dueAt!: string | null;
  @ApiProperty() blind!: boolean;
  @ApiProperty({ type: [ScorecardCriterionDto] }) scorecard!: ScorecardCriterionDto[];
  @ApiProperty() ideaCount!: number;
  @ApiProperty() reviewerCount!: number;
  @ApiProperty({ type: ReviewProgressDto }) progress!: ReviewProgressDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

class AssignedReviewerDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: REVIEW_STATES }) state!: ReviewState;
}

export class ShortlistedIdeaViewDto implements ShortlistedIdeaView {
  @ApiProperty({ format: 'uuid' }) ideaId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: IDEA_STATUSES }) status!: IdeaStatus;
  @ApiProperty() voteScore!: number;
  @ApiProperty({ type: [AssignedReviewerDto] }) reviewers!: AssignedReviewerDto[];
}

export class RoundReviewerViewDto implements RoundReviewerView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: [String] }) expertise!: string[];
  @ApiProperty() assigned!: number;
  @ApiProperty() submitted!: number;
}

export class ReviewQueueItemDto implements ReviewQueueItem {
  @ApiProperty({ format: 'uuid' }) reviewId!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty() roundName!: string;
  @ApiProperty({ format: 'uuid' }) challengeId!: string;
  @ApiProperty() challengeTitle!: string;
  @ApiProperty({ format: 'uuid' }) ideaId!: string;
  @ApiProperty() ideaTitle!: string;
  @ApiProperty({ enum: REVIEW_STATES }) state!: ReviewState;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) dueAt!: string | null;
}

class IdeaAuthorNameDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

class ReviewedIdeaDto implements ReviewedIdea {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() pitch!: string;
  @ApiProperty({ type: RenderedTextDto }) description!: RenderedTextDto;
  @ApiProperty({ type: 'object', additionalProperties: true }) fields!: Record<string, IdeaFieldValue>;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: [AttachmentViewDto] }) attachments!: AttachmentViewDto[];
  @ApiProperty({ type: [IdeaAuthorNameDto], nullable: true }) authors!: IdeaAuthorNameDto[] | null;
}

class ReviewRoundSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) challengeId!: string;
  @ApiProperty({ enum: REVIEW_ROUND_STATES }) state!: ReviewRoundState;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) dueAt!: string | null;
  @ApiProperty() blind!: boolean;
  @ApiProperty({ type: [ScorecardCriterionDto] }) scorecard!: ScorecardCriterionDto[];
}

export class ReviewViewDto implements ReviewView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: ReviewRoundSummaryDto }) round!: ReviewRoundSummaryDto;
  @ApiProperty({ type: ReviewedIdeaDto }) idea!: ReviewedIdeaDto;
  @ApiProperty({ enum: REVIEW_STATES }) state!: ReviewState;
  @ApiProperty({ type: [CriterionScoreDto] }) scores!: CriterionScoreDto[];
  @ApiProperty() comment!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) weightedScore!: number | null;
}

export class ConflictOutcomeDto implements ConflictOutcome {
  @ApiProperty({ description: 'Another reviewer took the idea over' }) replaced!: boolean;
}
