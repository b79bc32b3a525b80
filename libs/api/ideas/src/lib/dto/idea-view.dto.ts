import { AttachmentViewDto } from '@crowdforge/api-files';
import { ApiProperty } from '@nestjs/swagger';
import { RenderedTextDto } from '@crowdforge/api-challenges';
import {
  IDEA_STATUSES,
  VOTING_MODES,
  type CoAuthorInvitationView,
  type CommentView,
  type IdeaLineage,
  type IdeaReference,
  type CursorPage,
  type IdeaSummary,
  type MyIdea,
  type IdeaAuthor,
  type AttachmentView,
  type IdeaDetail,
  type IdeaFieldValue,
  type IdeaStatus,
  type IdeaStatusChangeView,
  type IdeaViewer,
  type MentionCandidate,
  type ModerationMark,
  type RenderedText,
  type IdeaTally,
  type IdeaRanking,
  type RankedIdea,
  type TopKStatus,
  type VotingMode,
} from '@crowdforge/contracts';

class IdeaAuthorDto implements IdeaAuthor {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null when the name is hidden' })
  id!: string | null;
  @ApiProperty({ example: 'Chris Crowd' }) name!: string;
}

class StatusChangeDto implements IdeaStatusChangeView {
  @ApiProperty({ enum: IDEA_STATUSES }) from!: IdeaStatus;
  @ApiProperty({ enum: IDEA_STATUSES }) to!: IdeaStatus;
  @ApiProperty({ example: 'Shortlisted: the jury liked the pilot plan.' }) message!: string;
  @ApiProperty() by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class ModerationMarkDto implements ModerationMark {
  @ApiProperty({ example: 'Personal details of someone else' }) reason!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

class IdeaViewerDto implements IdeaViewer {
  @ApiProperty() isAuthor!: boolean;
  @ApiProperty() canEdit!: boolean;
  @ApiProperty() canManage!: boolean;
  @ApiProperty({ description: 'The organisers and moderators of the challenge' }) canModerate!: boolean;
  @ApiProperty() isFollowing!: boolean;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) invitationId!: string | null;
}

class InvitationDto implements CoAuthorInvitationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'colleague@example.org' }) email!: string;
  @ApiProperty({ enum: ['pending', 'accepted', 'declined'] }) state!: 'pending' | 'accepted' | 'declined';
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

class IdeaReferenceDto implements IdeaReference {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: IDEA_STATUSES }) status!: IdeaStatus;
}

class IdeaLineageDto implements IdeaLineage {
  @ApiProperty({ type: [IdeaReferenceDto] }) buildsOn!: IdeaReference[];
  @ApiProperty({ type: [IdeaReferenceDto] }) builtOnBy!: IdeaReference[];
}

export class IdeaTallyDto implements IdeaTally {
  @ApiProperty({ enum: VOTING_MODES }) mode!: VotingMode;
  @ApiProperty({ description: 'Votes cast' }) votes!: number;
  @ApiProperty({ description: 'Votes in favour (supports, up votes, every rating and allocation)' }) ups!: number;
  @ApiProperty({ description: 'Votes against (up/down)' }) downs!: number;
  @ApiProperty({ description: 'The sum of the values: net up and down, stars given, tokens placed' })
  valueSum!: number;
  @ApiProperty({ description: "The voting mode's ranking score" }) score!: number;
  @ApiProperty({ description: 'The low end of the interval the score is uncertain within' }) lower!: number;
  @ApiProperty({ description: 'The high end of that interval' }) upper!: number;
}

const TALLY_DESCRIPTION = 'The votes so far; null without votes or while blind voting hides them from the viewer';

class MergedIntoDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
}

export class IdeaDetailDto implements IdeaDetail {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) challengeId!: string;
  @ApiProperty({ example: 'Invent a new way to make or drink tea' }) challengeTitle!: string;
  @ApiProperty({ enum: IDEA_STATUSES }) status!: IdeaStatus;
  @ApiProperty({ example: 'Compostable tea bags from seaweed' }) title!: string;
  @ApiProperty({ example: 'Seaweed film seals like plastic and composts in weeks.' }) pitch!: string;
  @ApiProperty({ type: RenderedTextDto }) description!: RenderedText;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { location: 'Utrecht' } })
  fields!: Record<string, IdeaFieldValue>;
  @ApiProperty({ type: [AttachmentViewDto] }) attachments!: AttachmentView[];
  @ApiProperty({ type: MergedIntoDto, nullable: true, description: 'For a merged idea, the idea it continues in' })
  mergedInto!: { id: string; title: string } | null;
  @ApiProperty({ type: [String], example: ['packaging'] }) tags!: string[];
  @ApiProperty() anonymous!: boolean;
  @ApiProperty({ type: [IdeaAuthorDto] }) authors!: IdeaAuthor[];
  @ApiProperty({ description: 'Versions since submission' }) version!: number;
  @ApiProperty({ description: 'Changed after it was submitted' }) edited!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'The first official response' })
  firstOfficialResponseAt!: string | null;
  @ApiProperty({ type: IdeaTallyDto, nullable: true, description: TALLY_DESCRIPTION }) tally!: IdeaTally | null;
  @ApiProperty({ type: [StatusChangeDto] }) history!: IdeaStatusChangeView[];
  @ApiProperty({ type: IdeaLineageDto }) lineage!: IdeaLineage;
  @ApiProperty({ type: IdeaViewerDto }) viewer!: IdeaViewer;
  @ApiProperty({
    type: ModerationMarkDto,
    nullable: true,
    description: 'Hidden by a moderator: shown to the authors and moderators only',
  })
  hidden!: ModerationMark | null;
  @ApiProperty({ description: 'A moderator locked the comments: no new comments or replies' }) commentsLocked!: boolean;
  @ApiProperty({ type: [InvitationDto], nullable: true, description: 'For the authors only' })
  invitations!: CoAuthorInvitationView[] | null;
}

export class IdeaSummaryDto implements IdeaSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) challengeId!: string;
  @ApiProperty({ enum: IDEA_STATUSES }) status!: IdeaStatus;
  @ApiProperty({ example: 'Compostable tea bags from seaweed' }) title!: string;
  @ApiProperty() pitch!: string;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: [IdeaAuthorDto] }) authors!: IdeaAuthor[];
  @ApiProperty() edited!: boolean;
  @ApiProperty({ description: 'Comments not deleted' }) commentCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ type: IdeaTallyDto, nullable: true, description: TALLY_DESCRIPTION }) tally!: IdeaTally | null;
}

class MyIdeaDto extends IdeaSummaryDto implements MyIdea {
  @ApiProperty() challengeTitle!: string;
  @ApiProperty({ type: StatusChangeDto, nullable: true }) latestFeedback!: IdeaStatusChangeView | null;
}

export class IdeaSummaryPageDto implements CursorPage<IdeaSummary> {
  @ApiProperty({ type: [IdeaSummaryDto] }) items!: IdeaSummary[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor!: string | null;
}

export class MyIdeaPageDto implements CursorPage<MyIdea> {
  @ApiProperty({ type: [MyIdeaDto] }) items!: MyIdea[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor!: string | null;
}

class CommentViewerDto {
  @ApiProperty() isAuthor!: boolean;
  @ApiProperty() markedHelpful!: boolean;
}

export class CommentViewDto implements CommentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId!: string | null;
  @ApiProperty({ minimum: 0, maximum: 2 }) depth!: number;
  @ApiProperty({ type: RenderedTextDto, nullable: true, description: 'Null once deleted' }) body!: RenderedText | null;
  @ApiProperty({ type: IdeaAuthorDto }) author!: IdeaAuthor;
  @ApiProperty({ description: 'Written by staff of the organisation running the challenge' }) byStaff!: boolean;
  @ApiProperty({ description: 'The organisation’s official response' }) official!: boolean;
  @ApiProperty() helpful!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) editedAt!: string | null;
  @ApiProperty() deleted!: boolean;
  @ApiProperty({
    type: ModerationMarkDto,
    nullable: true,
    description: 'Hidden by a moderator: shown to its author and the moderators only',
  })
  hidden!: ModerationMark | null;
  @ApiProperty({ type: CommentViewerDto }) viewer!: { isAuthor: boolean; markedHelpful: boolean };
}

export class MentionCandidateDto implements MentionCandidate {
  @ApiProperty({ format: 'uuid', description: 'Pass in a comment’s `mentions`' }) id!: string;
  @ApiProperty({ example: 'Alice Jansen' }) name!: string;
}

export class RankedIdeaDto implements RankedIdea {
  @ApiProperty({ type: IdeaSummaryDto }) idea!: IdeaSummary;
  @ApiProperty({ description: '1 + the ideas with a higher score' }) rank!: number;
  @ApiProperty({ description: 'The best rank its interval allows' }) bestRank!: number;
  @ApiProperty({ description: 'The worst rank its interval allows' }) worstRank!: number;
  @ApiProperty({ enum: ['certain', 'possible', 'out'], description: 'In the top k for certain, possibly, or not' })
  topK!: TopKStatus;
}

export class IdeaRankingDto implements IdeaRanking {
  @ApiProperty() k!: number;
  @ApiProperty({ type: [RankedIdeaDto], description: 'Ideas still in the running, best score first' })
  items!: RankedIdea[];
}
