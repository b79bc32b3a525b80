import { ReviewRow } from './reviews/review.entity';
import { ReviewRoundRow } from './rounds/review-round.entity';
import { RoundIdeaRow } from './rounds/round-idea.entity';
import { RoundReviewerRow } from './rounds/round-reviewer.entity';

export const REVIEW_ENTITIES = [ReviewRoundRow, RoundIdeaRow, RoundReviewerRow, ReviewRow];

export { ReviewRoundRow, RoundIdeaRow, RoundReviewerRow, ReviewRow };
