import { Module } from '@nestjs/common';
import { IdentityModule } from '@crowdforge/api-identity';
import { ChallengeBrowseService } from './browse/challenge-browse.service';
import { ChallengeFigures } from './browse/challenge-figures';
import { ChallengePolicy } from './challenge-policy';
import { ChallengesController } from './challenges.controller';
import { ChallengesService } from './challenges.service';
import { ChallengesDemoSeeder } from './demo/challenges-demo.seeder';
import { ParticipationService } from './participation/participation.service';
import { PhaseWindowsService } from './windows/phase-windows.service';

/** Briefs, audiences, the idea form, phase windows, revisions and finding challenges. */
@Module({
  imports: [IdentityModule],
  controllers: [ChallengesController],
  providers: [
    ChallengePolicy,
    ChallengesService,
    ChallengeBrowseService,
    ChallengeFigures,
    PhaseWindowsService,
    ParticipationService,
    ChallengesDemoSeeder,
  ],
  exports: [ChallengePolicy, ChallengesService, ChallengeFigures, PhaseWindowsService],
})
export class ChallengesModule {}
