import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MayBeOmitted } from '@crowdforge/api-platform';
import { MAX_VOTE_LIMIT, type MyVotes, type VotingRules } from '@crowdforge/contracts';
import { IsBoolean, IsIn, IsInt, Max, Min, ValidateIf } from 'class-validator';

/** A vote names no voter and no count: who votes is the caller, and each vote row counts once. */
export class VoteDto {
  @ApiPropertyOptional({ enum: [1], description: 'Support is always 1, the default' })
  @MayBeOmitted()
  @IsIn([1])
  value?: 1;
}

export class VotingRulesDto implements VotingRules {
  @ApiProperty({ nullable: true, type: Number, minimum: 1, maximum: MAX_VOTE_LIMIT, description: 'Null: no limit' })
  @ValidateIf((rules: VotingRulesDto) => rules.voteLimit !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_VOTE_LIMIT)
  voteLimit!: number | null;

  @ApiProperty()
  @IsBoolean()
  authorsMayVote!: boolean;
}

export class MyVotesDto implements MyVotes {
  @ApiProperty({ format: 'uuid' }) challengeId!: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'The ideas I support, oldest vote first' })
  ideaIds!: string[];
  @ApiProperty({ nullable: true, type: Number }) voteLimit!: number | null;
  @ApiProperty() authorsMayVote!: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Null when there is no limit' })
  votesLeft!: number | null;
}
