import { FilesModule } from '@crowdforge/api-files';
import { ChallengeCoverController } from './cover/challenge-cover.controller';
import { ChallengeCoverService } from './cover/challenge-cover.service';
import { Module } from '@nestjs/common';
import { IdentityModule } from '@crowdforge/api-identity';
import { EngagementModule } from '@crowdforge/api-engagement';
import { ChallengeBrowseService } from './browse/challenge-browse.service';
import { ChallengeFigures } from './browse/challenge-figures';
import { ChallengePolicy } from './challenge-policy';
import { ChallengesController } from './challenges.controller';
import { ChallengesService } from './challenges.service';
import { CloseOutService } from './close-out/close-out.service';
import { ConversationController } from './conversation.controller';
import { ConversationService } from './conversation/conversation.service';
import { ChallengeNotices } from './follow/challenge-notices';
import { FollowService } from './follow/follow.service';
import { ChallengesDemoSeeder } from './demo/challenges-demo.seeder';
import { ParticipationService } from './participation/participation.service';
import { Suspensions } from './suspensions/suspensions.service';
import { PhaseWindowsService } from './windows/phase-windows.service';

/** Briefs, audiences, the idea form, phase windows, revisions and finding challenges. */
@Module({
  imports: [IdentityModule, EngagementModule, FilesModule],
  controllers: [ChallengesController, ConversationController, ChallengeCoverController],
  providers: [
    ChallengeCoverService,
    ChallengePolicy,
    ChallengesService,
    ChallengeBrowseService,
    ChallengeFigures,
    PhaseWindowsService,
    ParticipationService,
    ChallengesDemoSeeder,
    ChallengeNotices,
    ConversationService,
    FollowService,
    CloseOutService,
    Suspensions,
  ],
  exports: [ChallengePolicy, ChallengesService, ChallengeFigures, PhaseWindowsService, Suspensions],
})
export class ChallengesModule {}
