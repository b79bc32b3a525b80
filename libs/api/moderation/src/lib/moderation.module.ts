import { Module } from '@nestjs/common';
import { ChallengesModule } from '@crowdforge/api-challenges';
import { IdentityModule } from '@crowdforge/api-identity';
import { IdeasModule } from '@crowdforge/api-ideas';
import { EngagementModule } from '@crowdforge/api-engagement';
import { ModerationDecisions } from './decisions/moderation-decisions.service';
import { ModerationDemoSeeder } from './demo/moderation-demo.seeder';
import { FlagsService } from './flags/flags.service';
import { GuidelinesService } from './guidelines/guidelines.service';
import { ModerationLog } from './log/moderation-log.service';
import { ModerationController } from './moderation.controller';
import { OrganisationModerationController } from './organisation-moderation.controller';
import { ModerationQueue } from './queue/moderation-queue.service';
import { MergeProposalsController } from './merges/merge-proposals.controller';
import { MergeProposals } from './merges/merge-proposals.service';
import { SuspensionsService } from './suspensions/suspensions.service';

/** Flags, the moderators' queue and decisions, suspensions, community guidelines and the moderation log. */
@Module({
  imports: [IdentityModule, EngagementModule, ChallengesModule, IdeasModule],
  controllers: [ModerationController, OrganisationModerationController, MergeProposalsController],
  providers: [
    MergeProposals,
    FlagsService,
    ModerationDecisions,
    ModerationQueue,
    SuspensionsService,
    GuidelinesService,
    ModerationLog,
    ModerationDemoSeeder,
  ],
})
export class ModerationModule {}
