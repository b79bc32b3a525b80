import { ApiProperty } from '@nestjs/swagger';
import { RenderedTextDto } from '@crowdforge/api-challenges';
import {
  FLAG_RESOLUTIONS,
  FLAG_STATES,
  MODERATION_KINDS,
  type CommunityGuidelines,
  type FlagResolution,
  type FlagState,
  type FlagView,
  type ModerationKind,
  type ModerationLogEntry,
  type ModerationLogPage,
  type ModerationQueueItem,
  type RenderedText,
  type SuspensionView,
} from '@crowdforge/contracts';

export class FlagViewDto implements FlagView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: MODERATION_KINDS }) kind!: ModerationKind;
  @ApiProperty({ format: 'uuid' }) objectId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: FLAG_STATES }) state!: FlagState;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

class QueueFlagDto {
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ enum: FLAG_RESOLUTIONS, nullable: true, type: String }) resolution!: FlagResolution | null;
}

export class ModerationQueueItemDto implements ModerationQueueItem {
  @ApiProperty({ enum: MODERATION_KINDS }) kind!: ModerationKind;
  @ApiProperty({ format: 'uuid' }) objectId!: string;
  @ApiProperty({ format: 'uuid' }) ideaId!: string;
  @ApiProperty() ideaTitle!: string;
  @ApiProperty({ format: 'uuid' }) challengeId!: string;
  @ApiProperty() challengeTitle!: string;
  @ApiProperty({ description: 'The comment’s text or the idea’s pitch' }) excerpt!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) authorId!: string | null;
  @ApiProperty() authorName!: string;
  @ApiProperty() hidden!: boolean;
  @ApiProperty() commentsLocked!: boolean;
  @ApiProperty({ enum: FLAG_STATES }) state!: FlagState;
  @ApiProperty({ type: [QueueFlagDto] }) flags!: ModerationQueueItem['flags'];
  @ApiProperty({ format: 'date-time' }) lastFlaggedAt!: string;
}

export class SuspensionViewDto implements SuspensionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() userName!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) liftedAt!: string | null;
  @ApiProperty({ description: 'In force now' }) active!: boolean;
}

export class CommunityGuidelinesDto implements CommunityGuidelines {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ type: RenderedTextDto, nullable: true }) text!: RenderedText | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) updatedAt!: string | null;
}

class ModerationLogEntryDto implements ModerationLogEntry {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'moderation.comment_hidden' }) action!: string;
  @ApiProperty() objectType!: string;
  @ApiProperty() objectId!: string;
  @ApiProperty({ nullable: true, type: String }) actorName!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
}

export class ModerationLogPageDto implements ModerationLogPage {
  @ApiProperty({ type: [ModerationLogEntryDto] }) items!: ModerationLogEntry[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
