import { Module, type OnModuleInit } from '@nestjs/common';
import { ChallengeFigures, ChallengesModule } from '@crowdforge/api-challenges';
import { EngagementModule } from '@crowdforge/api-engagement';
import { IdentityModule } from '@crowdforge/api-identity';
import { FilesModule } from '@crowdforge/api-files';
import { IdeaAttachmentsController } from './attachments/idea-attachments.controller';
import { IdeaAttachmentsService } from './attachments/idea-attachments.service';
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
import { IdeaModeration } from './moderation/idea-moderation.service';
import { LineageService } from './lineage/lineage.service';
import { IdeaListService } from './list/idea-list.service';
import { IdeaStatusService } from './status/idea-status.service';
import { PairwiseController } from './votes/pairwise/pairwise.controller';
import { PairwiseService } from './votes/pairwise/pairwise.service';
import { VoteRateLimit } from './votes/vote-rate-limit';
import { VotesController } from './votes/votes.controller';
import { VotesService } from './votes/votes.service';
import { VoteGroupCommit } from './votes/casting/vote-group-commit';
import { countedIdeas, countedVotes } from './list/challenge-counters';
import { VoteTallies } from './votes/tallies/vote-tallies.service';
import { VoteThresholds } from './votes/tallies/vote-thresholds';
import { LiveTalliesController } from './votes/live/live-tallies.controller';
import { LiveTallies } from './votes/live/live-tallies.service';
import { TallyFanout } from './votes/live/tally-fanout';
import { VoteMerges } from './votes/merges/vote-merges';
import { IdeaMerging } from './merges/idea-merging.service';
import { VoteIntegrityAccess } from './votes/integrity/integrity-access';
import { VoteIntegrityController } from './votes/integrity/vote-integrity.controller';
import { VoteIntegrityService } from './votes/integrity/vote-integrity.service';
import { VoteLedgerService } from './votes/integrity/vote-ledger.service';
import { VoteOrigins } from './votes/integrity/vote-origins';

/** Ideas for challenges: drafts, submitting with licence consent, versions, co-authors, status with feedback. */
@Module({
  imports: [IdentityModule, EngagementModule, ChallengesModule, FilesModule],
  controllers: [
    IdeasController,
    IdeaAttachmentsController,
    CommentsController,
    VotesController,
    LiveTalliesController,
    VoteIntegrityController,
    PairwiseController,
  ],
  providers: [
    IdeaAccessRule,
    IdeaDetails,
    IdeasService,
    IdeaAttachmentsService,
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
    VoteGroupCommit,
    VoteTallies,
    VoteThresholds,
    TallyFanout,
    LiveTallies,
    VoteMerges,
    IdeaMerging,
    VoteOrigins,
    VoteIntegrityAccess,
    VoteIntegrityService,
    VoteLedgerService,
    VoteRateLimit,
    PairwiseService,
    IdeaModeration,
  ],
  exports: [VoteTallies, VoteMerges, IdeaModeration, IdeaMerging, IdeaStatusService, IdeaAccessRule],
})
export class IdeasModule implements OnModuleInit {
  constructor(private readonly figures: ChallengeFigures) {}

  onModuleInit(): void {
    this.figures.register('ideas', countedIdeas);
    this.figures.register('votes', countedVotes);
  }
}
