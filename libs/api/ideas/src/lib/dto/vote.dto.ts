import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MayBeOmitted } from '@crowdforge/api-platform';
import {
  MAX_SUPPORT_THRESHOLD,
  MAX_TOKEN_BUDGET,
  MAX_VOTE_LIMIT,
  VOTING_MODES,
  type MyVote,
  type MyVotes,
  type VotingMode,
  type VotingOverview,
  type VotingRules,
} from '@crowdforge/contracts';
import { IsBoolean, IsIn, IsInt, Max, Min, ValidateIf } from 'class-validator';

/** A vote names no voter and no count: who votes is the caller, and each vote row counts once. */
export class VoteDto {
  @ApiPropertyOptional({
    minimum: -1,
    maximum: MAX_TOKEN_BUDGET,
    description: 'Support: 1 (the default); up/down: 1 or -1; stars: 1 to 5; tokens: the tokens put on the idea',
  })
  @MayBeOmitted()
  @IsInt()
  @Min(-1)
  @Max(MAX_TOKEN_BUDGET)
  value?: number;
}

/** A count that may be null (no limit, or not used in the chosen mode). */
const nullable = (description: string, maximum: number) =>
  ApiProperty({ nullable: true, type: Number, minimum: 1, maximum, description });

export class VotingRulesDto implements VotingRules {
  @ApiProperty({ enum: VOTING_MODES })
  @IsIn(VOTING_MODES)
  mode!: VotingMode;

  @nullable('How many ideas one person may vote on; null: no limit (always null with tokens)', MAX_VOTE_LIMIT)
  @ValidateIf((rules: VotingRulesDto) => rules.voteLimit !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_VOTE_LIMIT)
  voteLimit!: number | null;

  @ApiProperty()
  @IsBoolean()
  authorsMayVote!: boolean;

  @nullable('Tokens mode: the tokens each person spreads; null (or left out) in the other modes', MAX_TOKEN_BUDGET)
  @ValidateIf((rules: VotingRulesDto) => rules.tokenBudget !== null && rules.tokenBudget !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_TOKEN_BUDGET)
  tokenBudget!: number | null;

  @nullable('Tokens mode: the most tokens one person puts on one idea; null (or left out) otherwise', MAX_TOKEN_BUDGET)
  @ValidateIf((rules: VotingRulesDto) => rules.tokensPerIdea !== null && rules.tokensPerIdea !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_TOKEN_BUDGET)
  tokensPerIdea!: number | null;

  @ApiPropertyOptional({
    description: 'No tallies or vote order for anyone but the organisers until voting closes (default false)',
  })
  @MayBeOmitted()
  @IsBoolean()
  blind!: boolean;

  @nullable(
    'Support and up/down: the votes in favour that move a submitted idea to under review; null: none',
    MAX_SUPPORT_THRESHOLD,
  )
  @ValidateIf((rules: VotingRulesDto) => rules.supportThreshold !== null && rules.supportThreshold !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_SUPPORT_THRESHOLD)
  supportThreshold!: number | null;
}

export class MyVoteDto implements MyVote {
  @ApiProperty({ format: 'uuid' }) ideaId!: string;
  @ApiProperty({ description: '1 for support, 1 or -1, 1 to 5 stars, or the tokens placed' }) value!: number;
}

export class MyVotesDto extends VotingRulesDto implements MyVotes {
  @ApiProperty({ format: 'uuid' }) challengeId!: string;
  @ApiProperty({ type: [MyVoteDto], description: 'My votes, oldest first' })
  votes!: MyVote[];
  @ApiProperty({ nullable: true, type: Number, description: 'Ideas I may still vote on; null when there is no limit' })
  votesLeft!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Tokens mode: tokens not yet placed' })
  tokensLeft!: number | null;
}

export class VotingOverviewDto implements VotingOverview {
  @ApiProperty({ type: VotingRulesDto }) rules!: VotingRules;
  @ApiProperty({ description: 'Whether the viewer sees tallies and vote orders now (blind voting hides them)' })
  talliesShown!: boolean;
}
