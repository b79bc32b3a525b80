import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsSafeText, IsTagList, MayBeOmitted, trimmed } from '@crowdforge/api-platform';
import {
  CHALLENGE_AUDIENCES,
  ELIGIBILITY_KINDS,
  IDEA_FIELD_KINDS,
  IDEA_VISIBILITIES,
  LANGUAGES,
  LICENCE_KINDS,
  PHASE_KINDS,
  type ChallengeAudience,
  type EligibilityKind,
  type IdeaFieldKind,
  type IdeaVisibility,
  type Language,
  type LicenceKind,
  type PhaseKind,
} from '@crowdforge/contracts';

const trimmedList = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim().toLowerCase() : item)) : value;

const KEY = /^[a-z][a-z0-9_]{0,39}$/;
const KEY_MESSAGE = 'key must start with a letter and hold lower-case letters, digits and _ (at most 40)';
const COLOUR = /^#[0-9a-f]{6}$/;
const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const LONG_TEXT = 20_000;

export class BriefDto {
  @ApiPropertyOptional({ description: 'Markdown: the problem to solve' })
  @MayBeOmitted()
  @IsString()
  @MaxLength(LONG_TEXT)
  @IsSafeText()
  problem?: string;

  @ApiPropertyOptional({ description: 'Markdown: background and what was already tried' })
  @MayBeOmitted()
  @IsString()
  @MaxLength(LONG_TEXT)
  @IsSafeText()
  background?: string;

  @ApiPropertyOptional({ description: 'Markdown: objectives' })
  @MayBeOmitted()
  @IsString()
  @MaxLength(LONG_TEXT)
  @IsSafeText()
  objectives?: string;

  @ApiPropertyOptional({ description: 'Markdown: constraints' })
  @MayBeOmitted()
  @IsString()
  @MaxLength(LONG_TEXT)
  @IsSafeText()
  constraints?: string;

  @ApiPropertyOptional({ description: 'Markdown: rewards and recognition' })
  @MayBeOmitted()
  @IsString()
  @MaxLength(LONG_TEXT)
  @IsSafeText()
  rewards?: string;
}

export class CriterionDto {
  @ApiProperty({ example: 'Feasibility' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 80)
  @IsSafeText()
  name!: string;

  @ApiProperty({ example: 'Can we make it within two years with our current suppliers?' })
  @IsString()
  @MaxLength(1000)
  @IsSafeText()
  guidance!: string;

  @ApiProperty({ example: 2, description: 'A positive relative weight' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @IsPositive()
  @Max(100)
  weight!: number;
}

export class LicenceDto {
  @ApiProperty({ enum: LICENCE_KINDS })
  @IsIn(LICENCE_KINDS)
  kind!: LicenceKind;

  @ApiProperty({ description: 'The terms; required for custom, optional notes otherwise' })
  @IsString()
  @MaxLength(LONG_TEXT)
  @IsSafeText()
  text!: string;
}

export class SponsorDto {
  @ApiProperty({ example: 'Ingrid de Vries' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 120)
  @IsSafeText()
  name!: string;

  @ApiProperty({ example: 'Chief Product Officer' })
  @IsString()
  @MaxLength(120)
  @IsSafeText()
  title!: string;
}

export class ContactDto {
  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @Length(1, 120)
  @IsSafeText()
  name!: string;

  @ApiProperty({ example: 'Questions about the brief' })
  @IsString()
  @MaxLength(120)
  @IsSafeText()
  role!: string;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email!: string | null;
}

export class OnBehalfOfDto {
  @ApiProperty({ example: 'Telco Play' })
  @Transform(trimmed)
  @IsString()
  @Length(2, 120)
  @IsSafeText()
  name!: string;

  @ApiProperty({ nullable: true, type: String })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  logoUrl!: string | null;

  @ApiProperty({ nullable: true, type: String, example: '#7a1fa2' })
  @IsOptional()
  @Matches(COLOUR, { message: 'brandColour must be a colour like #0f5f6e' })
  brandColour!: string | null;
}

export class EligibilityQuestionDto {
  @ApiProperty({ example: 'adult' })
  @Matches(KEY, { message: KEY_MESSAGE })
  key!: string;

  @ApiProperty({ enum: ELIGIBILITY_KINDS })
  @IsIn(ELIGIBILITY_KINDS)
  kind!: EligibilityKind;

  @ApiProperty({ example: 'I am 18 or older' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 300)
  @IsSafeText()
  prompt!: string;

  @ApiProperty()
  @IsBoolean()
  required!: boolean;
}

export class IdeaFormFieldDto {
  @ApiProperty({ example: 'target_group' })
  @Matches(KEY, { message: KEY_MESSAGE })
  key!: string;

  @ApiProperty({ enum: IDEA_FIELD_KINDS })
  @IsIn(IDEA_FIELD_KINDS)
  kind!: IdeaFieldKind;

  @ApiProperty({ example: 'Who is it for?' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 120)
  @IsSafeText()
  label!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(500)
  @IsSafeText()
  help!: string;

  @ApiProperty()
  @IsBoolean()
  required!: boolean;

  @ApiProperty({ type: [String], description: 'Two or more for single and multiple choice; none otherwise' })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  @IsSafeText()
  options!: string[];
}

export class PhaseWindowDto {
  @ApiProperty({ enum: PHASE_KINDS })
  @IsIn(PHASE_KINDS)
  kind!: PhaseKind;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true, strictSeparator: true })
  opensAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Null: open-ended' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  closesAt!: string | null;
}

/** Every part of a brief a manager may set; each may be omitted. */
export class ChallengeFieldsDto {
  @ApiPropertyOptional({ example: 'A tea for the commute' })
  @MayBeOmitted()
  @Transform(trimmed)
  @IsString()
  @MaxLength(300)
  @IsSafeText()
  tagline?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language the brief is written in' })
  @MayBeOmitted()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ type: BriefDto })
  @MayBeOmitted()
  @ValidateNested()
  @Type(() => BriefDto)
  brief?: BriefDto;

  @ApiPropertyOptional({ example: '30% less packaging waste by 2028' })
  @MayBeOmitted()
  @Transform(trimmed)
  @IsString()
  @MaxLength(300)
  @IsSafeText()
  objectiveTarget?: string;

  @ApiPropertyOptional({ type: [CriterionDto] })
  @MayBeOmitted()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria?: CriterionDto[];

  @ApiPropertyOptional({ type: LicenceDto })
  @MayBeOmitted()
  @ValidateNested()
  @Type(() => LicenceDto)
  licence?: LicenceDto;

  @ApiPropertyOptional({ type: SponsorDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SponsorDto)
  sponsor?: SponsorDto | null;

  @ApiPropertyOptional({ type: [ContactDto] })
  @MayBeOmitted()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ContactDto)
  contacts?: ContactDto[];

  @ApiPropertyOptional({ type: [String], example: ['packaging', 'sustainability'] })
  @MayBeOmitted()
  @IsTagList()
  themes?: string[];

  @ApiPropertyOptional({ type: OnBehalfOfDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OnBehalfOfDto)
  onBehalfOf?: OnBehalfOfDto | null;

  @ApiPropertyOptional({ enum: CHALLENGE_AUDIENCES })
  @MayBeOmitted()
  @IsIn(CHALLENGE_AUDIENCES)
  audience?: ChallengeAudience;

  @ApiPropertyOptional({ type: [String], description: 'invite_only: people invited by email' })
  @MayBeOmitted()
  @Transform(trimmedList)
  @ArrayMaxSize(500)
  @IsEmail({}, { each: true })
  @MaxLength(254, { each: true })
  invitedEmails?: string[];

  @ApiPropertyOptional({ type: [String], description: 'invite_only: verified addresses at these domains' })
  @MayBeOmitted()
  @Transform(trimmedList)
  @ArrayMaxSize(20)
  @Matches(DOMAIN, { each: true, message: 'invitedDomains must be domain names like example.org' })
  invitedDomains?: string[];

  @ApiPropertyOptional({ enum: IDEA_VISIBILITIES })
  @MayBeOmitted()
  @IsIn(IDEA_VISIBILITIES)
  ideaVisibility?: IdeaVisibility;

  @ApiPropertyOptional()
  @MayBeOmitted()
  @IsBoolean()
  allowAnonymous?: boolean;

  @ApiPropertyOptional({ type: [EligibilityQuestionDto] })
  @MayBeOmitted()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => EligibilityQuestionDto)
  eligibility?: EligibilityQuestionDto[];

  @ApiPropertyOptional({ type: [IdeaFormFieldDto] })
  @MayBeOmitted()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IdeaFormFieldDto)
  ideaForm?: IdeaFormFieldDto[];

  @ApiPropertyOptional({ type: [PhaseWindowDto] })
  @MayBeOmitted()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => PhaseWindowDto)
  windows?: PhaseWindowDto[];
}

export class CreateChallengeDto extends ChallengeFieldsDto {
  @ApiProperty({ example: 'Invent a new way to make or drink tea' })
  @Transform(trimmed)
  @IsString()
  @Length(3, 160)
  @IsSafeText()
  title!: string;
}

export class UpdateChallengeDto extends ChallengeFieldsDto {
  @ApiPropertyOptional()
  @MayBeOmitted()
  @Transform(trimmed)
  @IsString()
  @Length(3, 160)
  @IsSafeText()
  title?: string;

  @ApiPropertyOptional({ description: 'Required once published: what changed and why (becomes a revision)' })
  @MayBeOmitted()
  @Transform(trimmed)
  @IsString()
  @Length(3, 500)
  @IsSafeText()
  changeSummary?: string;
}
