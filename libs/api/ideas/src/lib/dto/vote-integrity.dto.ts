import { ApiProperty } from '@nestjs/swagger';
import type { GroupIdea, IdeaVoteSources, SuspiciousGroup, VoteIntegrityReport } from '@crowdforge/contracts';

export class IdeaVoteSourcesDto implements IdeaVoteSources {
  @ApiProperty({ format: 'uuid' }) ideaId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() votes!: number;
  @ApiProperty({ description: 'Votes from accounts neither new nor unverified when they voted' })
  established!: number;
  @ApiProperty({ description: 'Votes from accounts younger than newAccountDays when they voted' })
  newAccounts!: number;
  @ApiProperty({ description: 'Votes from accounts whose address was unverified when they voted' })
  unverified!: number;
}

export class GroupIdeaDto implements GroupIdea {
  @ApiProperty({ format: 'uuid' }) ideaId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Votes on the idea from the group’s accounts' }) votes!: number;
}

export class SuspiciousGroupDto implements SuspiciousGroup {
  @ApiProperty({ description: 'An opaque name for the origin, stable within the challenge only' })
  label!: string;
  @ApiProperty({ description: 'Accounts that voted in the challenge from this origin' })
  accounts!: number;
  @ApiProperty({ type: [GroupIdeaDto] }) ideas!: GroupIdea[];
}

export class VoteIntegrityReportDto implements VoteIntegrityReport {
  @ApiProperty({ format: 'uuid' }) challengeId!: string;
  @ApiProperty() newAccountDays!: number;
  @ApiProperty({ description: 'Accounts from one origin on one idea that make a group' }) groupAccounts!: number;
  @ApiProperty() votes!: number;
  @ApiProperty({ description: 'Votes cast before origins were recorded' }) votesWithoutOrigin!: number;
  @ApiProperty({ type: [IdeaVoteSourcesDto] }) ideas!: IdeaVoteSources[];
  @ApiProperty() ideasWithVotes!: number;
  @ApiProperty({ type: [SuspiciousGroupDto] }) groups!: SuspiciousGroup[];
  @ApiProperty() groupCount!: number;
}
