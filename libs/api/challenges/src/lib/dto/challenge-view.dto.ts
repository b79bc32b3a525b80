import { ApiProperty } from '@nestjs/swagger';
import {
  CHALLENGE_AUDIENCES,
  CHALLENGE_STAGES,
  CHALLENGE_STATES,
  IDEA_VISIBILITIES,
  LANGUAGES,
  LICENCE_KINDS,
  PHASE_KINDS,
  type BriefSection,
  type ChallengeAudience,
  type ChallengeDetail,
  type ChallengeFigures,
  type ChallengeOrganisation,
  type ChallengeOrganiserView,
  type ChallengePage,
  type ChallengeRevisionSummary,
  type ChallengeStage,
  type ChallengeState,
  type ChallengeSummary,
  type ChallengeInput,
  type ChallengeTemplate,
  type ChallengeViewer,
  type CloseOut,
  type IdeaVisibility,
  type Language,
  type Licence,
  type LicenceKind,
  type PhaseKind,
  type PhaseWindow,
  type RenderedText,
} from '@crowdforge/contracts';
import {
  ChallengeFieldsDto,
  ContactDto,
  CriterionDto,
  EligibilityQuestionDto,
  IdeaFormFieldDto,
  OnBehalfOfDto,
  SponsorDto,
} from './challenge-input.dto';

class ChallengeOrganisationDto implements ChallengeOrganisation {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: '#0f5f6e' }) brandColour!: string;
  @ApiProperty({ nullable: true, type: String }) logoUrl!: string | null;
}

class PhaseWindowViewDto implements PhaseWindow {
  @ApiProperty({ enum: PHASE_KINDS }) kind!: PhaseKind;
  @ApiProperty({ format: 'date-time' }) opensAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closesAt!: string | null;
  @ApiProperty({ description: 'Open at this moment' }) open!: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) openedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt!: string | null;
}

class FiguresDto implements ChallengeFigures {
  @ApiProperty() ideas!: number;
  @ApiProperty() participants!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Null while blind voting hides the votes' })
  votes!: number | null;
}

export class ChallengeSummaryDto implements ChallengeSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: ChallengeOrganisationDto }) organisation!: ChallengeOrganisation;
  @ApiProperty({ type: OnBehalfOfDto, nullable: true }) onBehalfOf!: OnBehalfOfDto | null;
  @ApiProperty() title!: string;
  @ApiProperty() tagline!: string;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty({ nullable: true, type: String }) coverImageUrl!: string | null;
  @ApiProperty({ enum: CHALLENGE_STATES }) state!: ChallengeState;
  @ApiProperty({ enum: CHALLENGE_STAGES }) stage!: ChallengeStage;
  @ApiProperty({ enum: CHALLENGE_AUDIENCES }) audience!: ChallengeAudience;
  @ApiProperty({ type: [String] }) themes!: string[];
  @ApiProperty({ type: [PhaseWindowViewDto] }) windows!: PhaseWindow[];
  @ApiProperty({ type: FiguresDto, nullable: true }) figures!: ChallengeFigures | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt!: string | null;
}

export class ChallengePageDto implements ChallengePage {
  @ApiProperty({ type: [ChallengeSummaryDto] }) items!: ChallengeSummary[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class RenderedTextDto implements RenderedText {
  @ApiProperty() markdown!: string;
  @ApiProperty({ description: 'Sanitised HTML' }) html!: string;
}

class BriefViewDto implements Record<BriefSection, RenderedText> {
  @ApiProperty({ type: RenderedTextDto }) problem!: RenderedText;
  @ApiProperty({ type: RenderedTextDto }) background!: RenderedText;
  @ApiProperty({ type: RenderedTextDto }) objectives!: RenderedText;
  @ApiProperty({ type: RenderedTextDto }) constraints!: RenderedText;
  @ApiProperty({ type: RenderedTextDto }) rewards!: RenderedText;
}

class LicenceViewDto implements Licence {
  @ApiProperty({ enum: LICENCE_KINDS }) kind!: LicenceKind;
  @ApiProperty() text!: string;
  @ApiProperty() version!: number;
}

class ViewerDto implements ChallengeViewer {
  @ApiProperty() canManage!: boolean;
  @ApiProperty() canTakePart!: boolean;
  @ApiProperty() isParticipant!: boolean;
  @ApiProperty({ nullable: true, type: Number }) acceptedLicenceVersion!: number | null;
  @ApiProperty() isFollowing!: boolean;
}

class CloseOutDto implements CloseOut {
  @ApiProperty({ type: RenderedTextDto }) thankYou!: RenderedText;
  @ApiProperty({ type: RenderedTextDto }) outcome!: RenderedText;
}

class OrganiserViewDto implements ChallengeOrganiserView {
  @ApiProperty({ nullable: true, type: String }) unlistedLink!: string | null;
  @ApiProperty({ type: [String] }) invitedEmails!: string[];
  @ApiProperty({ type: [String] }) invitedDomains!: string[];
}

export class ChallengeDetailDto extends ChallengeSummaryDto implements ChallengeDetail {
  @ApiProperty({ type: BriefViewDto }) brief!: Record<BriefSection, RenderedText>;
  @ApiProperty() objectiveTarget!: string;
  @ApiProperty({ type: [CriterionDto] }) criteria!: CriterionDto[];
  @ApiProperty({ type: LicenceViewDto }) licence!: Licence;
  @ApiProperty({ type: SponsorDto, nullable: true }) sponsor!: SponsorDto | null;
  @ApiProperty({ type: [ContactDto] }) contacts!: ContactDto[];
  @ApiProperty({ enum: IDEA_VISIBILITIES }) ideaVisibility!: IdeaVisibility;
  @ApiProperty() allowAnonymous!: boolean;
  @ApiProperty({ type: [EligibilityQuestionDto] }) eligibility!: EligibilityQuestionDto[];
  @ApiProperty({ type: [IdeaFormFieldDto] }) ideaForm!: IdeaFormFieldDto[];
  @ApiProperty() revision!: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty({ type: CloseOutDto, nullable: true }) closeOut!: CloseOut | null;
  @ApiProperty({ type: ViewerDto }) viewer!: ChallengeViewer;
  @ApiProperty({ type: OrganiserViewDto, nullable: true }) organiser!: ChallengeOrganiserView | null;
}

export class RevisionSummaryDto implements ChallengeRevisionSummary {
  @ApiProperty() number!: number;
  @ApiProperty() summary!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() author!: string;
}

class LocalisedTextDto {
  @ApiProperty() en!: string;
  @ApiProperty() nl!: string;
}

export class ChallengeTemplateDto implements ChallengeTemplate {
  @ApiProperty({ example: 'product_ideas' }) key!: string;
  @ApiProperty({ type: LocalisedTextDto }) name!: Record<Language, string>;
  @ApiProperty({ type: LocalisedTextDto }) description!: Record<Language, string>;
  @ApiProperty({ type: ChallengeFieldsDto, description: 'Fields to start the brief editor with' })
  input!: Partial<ChallengeInput>;
}
