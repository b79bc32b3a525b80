import { ImplementationRow, ImplementationUpdateRow, MilestoneRow } from './implementation/implementation.entities';
import { ReviewDecisionRow } from './results/review-decision.entity';
import { ReviewRow } from './reviews/review.entity';
import { ReviewRoundRow } from './rounds/review-round.entity';
import { RoundIdeaRow } from './rounds/round-idea.entity';
import { RoundReviewerRow } from './rounds/round-reviewer.entity';

export const REVIEW_ENTITIES = [
  ReviewRoundRow,
  RoundIdeaRow,
  RoundReviewerRow,
  ReviewRow,
  ReviewDecisionRow,
  ImplementationRow,
  MilestoneRow,
  ImplementationUpdateRow,
];

export { ReviewRoundRow, RoundIdeaRow, RoundReviewerRow, ReviewRow, ReviewDecisionRow };
