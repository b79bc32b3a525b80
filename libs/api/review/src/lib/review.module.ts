import { Module } from '@nestjs/common';
import { ChallengesModule } from '@crowdforge/api-challenges';
import { EngagementModule } from '@crowdforge/api-engagement';
import { IdentityModule } from '@crowdforge/api-identity';
import { IdeasModule } from '@crowdforge/api-ideas';
import { ReviewDemoSeeder } from './demo/review-demo.seeder';
import { RoundResultsController } from './results/round-results.controller';
import { RoundResultsService } from './results/round-results.service';
import { ImplementationController } from './implementation/implementation.controller';
import { ImplementationService } from './implementation/implementation.service';
import { ReviewsController } from './reviews/reviews.controller';
import { ReviewsService } from './reviews/reviews.service';
import { ReviewRoundsController } from './rounds/review-rounds.controller';
import { ReviewRounds } from './rounds/review-rounds.service';
import { RoundAccessRule } from './rounds/round-access';

/** Review rounds, scorecards, balanced assignment, the reviewers' workspace and conflicts of interest. */
@Module({
  imports: [IdentityModule, EngagementModule, ChallengesModule, IdeasModule],
  controllers: [ReviewRoundsController, ReviewsController, RoundResultsController, ImplementationController],
  providers: [
    ReviewRounds,
    ReviewsService,
    RoundResultsService,
    ImplementationService,
    RoundAccessRule,
    ReviewDemoSeeder,
  ],
})
export class ReviewModule {}
