import { ApiProperty } from '@nestjs/swagger';
import {
  IDEA_STATUSES,
  REVIEW_DECISIONS,
  type CriterionAverage,
  type IdeaReviewResult,
  type IdeaStatus,
  type ReviewDecision,
  type ReviewerSummary,
  type ReviewOutcome,
  type RoundResults,
  type ScoreSummaryView,
} from '@crowdforge/contracts';

class ScoreSummaryViewDto implements ScoreSummaryView {
  @ApiProperty() count!: number;
  @ApiProperty() mean!: number;
  @ApiProperty() median!: number;
  @ApiProperty() spread!: number;
  @ApiProperty() min!: number;
  @ApiProperty() max!: number;
}

class CriterionAverageDto implements CriterionAverage {
  @ApiProperty() criterion!: string;
  @ApiProperty() name!: string;
  @ApiProperty() mean!: number;
  @ApiProperty() scaleMin!: number;
  @ApiProperty() scaleMax!: number;
}

class CrowdStandingDto {
  @ApiProperty() voteScore!: number;
  @ApiProperty() rank!: number;
}

class ReviewCountsDto {
  @ApiProperty() assigned!: number;
  @ApiProperty() submitted!: number;
}

class DecisionDto {
  @ApiProperty({ enum: REVIEW_DECISIONS }) decision!: ReviewDecision;
  @ApiProperty() feedback!: string;
  @ApiProperty() shareCriteria!: boolean;
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
}

class IdeaReviewResultDto implements IdeaReviewResult {
  @ApiProperty({ format: 'uuid' }) ideaId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: IDEA_STATUSES }) status!: IdeaStatus;
  @ApiProperty({ type: CrowdStandingDto }) crowd!: CrowdStandingDto;
  @ApiProperty({ type: ReviewCountsDto }) reviews!: ReviewCountsDto;
  @ApiProperty({ type: ScoreSummaryViewDto, nullable: true }) raw!: ScoreSummaryViewDto | null;
  @ApiProperty({ nullable: true, type: Number }) normalised!: number | null;
  @ApiProperty({ nullable: true, type: Number }) rank!: number | null;
  @ApiProperty({ type: [CriterionAverageDto] }) criteria!: CriterionAverageDto[];
  @ApiProperty() highDisagreement!: boolean;
  @ApiProperty({ nullable: true, type: Number }) cutoffProbability!: number | null;
  @ApiProperty({ type: DecisionDto, nullable: true }) decision!: DecisionDto | null;
}

class ReviewerSummaryDto implements ReviewerSummary {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() submitted!: number;
  @ApiProperty({ nullable: true, type: Number }) bias!: number | null;
}

export class RoundResultsDto implements RoundResults {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ nullable: true, type: Number, description: "Krippendorff's alpha (interval)" })
  agreement!: number | null;
  @ApiProperty() cutoff!: number;
  @ApiProperty({ type: [IdeaReviewResultDto] }) ideas!: IdeaReviewResultDto[];
  @ApiProperty({ type: [ReviewerSummaryDto] }) reviewers!: ReviewerSummaryDto[];
}

export class ReviewOutcomeDto implements ReviewOutcome {
  @ApiProperty() roundName!: string;
  @ApiProperty({ enum: REVIEW_DECISIONS }) decision!: ReviewDecision;
  @ApiProperty() feedback!: string;
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
  @ApiProperty({ type: [CriterionAverageDto], nullable: true }) criteria!: CriterionAverageDto[] | null;
}
