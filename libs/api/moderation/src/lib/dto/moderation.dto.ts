import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsSafeText, MayBeOmitted, trimmed } from '@crowdforge/api-platform';
import {
  FLAG_STATES,
  MAX_GUIDELINES_LENGTH,
  MAX_MODERATION_REASON,
  MAX_SUSPENSION_DAYS,
  MODERATION_ACTIONS,
  MODERATION_KINDS,
  type FlagInput,
  type FlagState,
  type GuidelinesInput,
  type ModerationAction,
  type ModerationDecision,
  type ModerationKind,
  type SuspensionInput,
} from '@crowdforge/contracts';

export class FlagDto implements FlagInput {
  @ApiProperty({ description: 'What is wrong with it', example: 'Shares someone’s phone number', maxLength: 500 })
  @Transform(trimmed)
  @IsString()
  @Length(1, MAX_MODERATION_REASON)
  @IsSafeText()
  reason!: string;
}

export class ModerationDecisionDto implements ModerationDecision {
  @ApiProperty({ enum: MODERATION_ACTIONS, description: 'lock_comments and unlock_comments apply to ideas only' })
  @IsIn(MODERATION_ACTIONS)
  action!: ModerationAction;

  @ApiPropertyOptional({ description: 'Required to hide or unhide: the authors are told', maxLength: 500 })
  @ValidateIf((decision: ModerationDecisionDto) => decision.action === 'hide' || decision.action === 'unhide')
  @Transform(trimmed)
  @IsString()
  @Length(1, MAX_MODERATION_REASON)
  @IsSafeText()
  reason?: string;
}

export class ModerationQueueQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @MayBeOmitted()
  @IsUUID()
  challengeId?: string;

  @ApiPropertyOptional({ enum: FLAG_STATES, description: 'open: some flag waits for a moderator' })
  @MayBeOmitted()
  @IsIn(FLAG_STATES)
  state?: FlagState;

  @ApiPropertyOptional({ enum: MODERATION_KINDS })
  @MayBeOmitted()
  @IsIn(MODERATION_KINDS)
  kind?: ModerationKind;
}

export class SuspensionDto implements SuspensionInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId!: string;

  @ApiProperty({ minimum: 1, maximum: MAX_SUSPENSION_DAYS })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SUSPENSION_DAYS)
  days!: number;

  @ApiProperty({ maxLength: 500 })
  @Transform(trimmed)
  @IsString()
  @Length(1, MAX_MODERATION_REASON)
  @IsSafeText()
  reason!: string;
}

export class GuidelinesDto implements GuidelinesInput {
  @ApiProperty({ description: 'Markdown; empty removes the guidelines', maxLength: MAX_GUIDELINES_LENGTH })
  @Transform(trimmed)
  @IsString()
  @MaxLength(MAX_GUIDELINES_LENGTH)
  @IsSafeText()
  markdown!: string;
}
