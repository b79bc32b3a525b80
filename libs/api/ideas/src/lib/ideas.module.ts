import { Module, type OnModuleInit } from '@nestjs/common';
import { ChallengeFigures, ChallengesModule } from '@crowdforge/api-challenges';
import { EngagementModule } from '@crowdforge/api-engagement';
import { IdentityModule } from '@crowdforge/api-identity';
import { CoAuthorsService } from './authors/co-authors.service';
import { CommentNotices } from './comments/comment-notices';
import { CommentsController } from './comments/comments.controller';
import { CommentsService } from './comments/comments.service';
import { MentionCandidates } from './comments/mention-candidates.service';
import { IdeasDemoSeeder } from './demo/ideas-demo.seeder';
import { IdeaFollowsService } from './follow/idea-follows.service';
import { IdeaAccessRule } from './idea-access';
import { IdeaDetails } from './idea-details';
import { IdeasController } from './ideas.controller';
import { IdeasService } from './ideas.service';
import { LineageService } from './lineage/lineage.service';
import { IdeaListService } from './list/idea-list.service';
import { IdeaStatusService } from './status/idea-status.service';
import { PairwiseController } from './votes/pairwise/pairwise.controller';
import { PairwiseService } from './votes/pairwise/pairwise.service';
import { VoteRateLimit } from './votes/vote-rate-limit';
import { VotesController } from './votes/votes.controller';
import { VotesService } from './votes/votes.service';
import { countedIdeas, countedVotes } from './list/challenge-counters';
import { VoteTallies } from './votes/tallies/vote-tallies.service';
import { VoteThresholds } from './votes/tallies/vote-thresholds';

/** Ideas for challenges: drafts, submitting with licence consent, versions, co-authors, status with feedback. */
@Module({
  imports: [IdentityModule, EngagementModule, ChallengesModule],
  controllers: [IdeasController, CommentsController, VotesController, PairwiseController],
  providers: [
    IdeaAccessRule,
    IdeaDetails,
    IdeasService,
    CoAuthorsService,
    IdeaStatusService,
    IdeaListService,
    IdeasDemoSeeder,
    CommentsService,
    CommentNotices,
    MentionCandidates,
    IdeaFollowsService,
    LineageService,
    VotesService,
    VoteTallies,
    VoteThresholds,
    VoteRateLimit,
    PairwiseService,
  ],
  exports: [VoteTallies],
})
export class IdeasModule implements OnModuleInit {
  constructor(private readonly figures: ChallengeFigures) {}

  onModuleInit(): void {
    this.figures.register('ideas', countedIdeas);
    this.figures.register('votes', countedVotes);
  }
}
