import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsObject, IsString, Length, MaxLength, Min } from 'class-validator';
import { IsSafeText, IsTagList, MayBeOmitted, trimmed } from '@crowdforge/api-platform';
import { ORGANISER_STATUSES, type IdeaFieldValue, type OrganiserStatus } from '@crowdforge/contracts';

/** What an idea says; on creation only the title is needed, the rest can follow in the draft. */
export class IdeaFieldsDto {
  @ApiPropertyOptional({ example: 'Compostable tea bags from seaweed' })
  @MayBeOmitted()
  @Transform(trimmed)
  @IsString()
  @Length(3, 160)
  @IsSafeText()
  title?: string;

  @ApiPropertyOptional({
    description: 'One or two sentences',
    example: 'Seaweed film seals like plastic and composts in weeks.',
  })
  @MayBeOmitted()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  @IsSafeText()
  pitch?: string;

  @ApiPropertyOptional({ description: 'Markdown' })
  @MayBeOmitted()
  @IsString()
  @MaxLength(20_000)
  @IsSafeText()
  description?: string;

  @ApiPropertyOptional({
    description: "Values by the key of the challenge's idea form fields: text, a number, or a list of options",
    example: { location: 'Utrecht' },
  })
  @MayBeOmitted()
  @IsObject()
  fields?: Record<string, IdeaFieldValue>;

  @ApiPropertyOptional({ type: [String], example: ['packaging'] })
  @MayBeOmitted()
  @IsTagList()
  tags?: string[];

  @ApiPropertyOptional({ description: 'Shown to the crowd without the authors’ names, where the challenge allows it' })
  @MayBeOmitted()
  @IsBoolean()
  anonymous?: boolean;
}

export class CreateIdeaDto extends OmitType(IdeaFieldsDto, ['title'] as const) {
  @ApiProperty({ example: 'Compostable tea bags from seaweed' })
  @Transform(trimmed)
  @IsString()
  @Length(3, 160)
  @IsSafeText()
  title!: string;
}

export class SubmitIdeaDto {
  @ApiPropertyOptional({ description: 'The licence version shown, when the author has not accepted the current one' })
  @MayBeOmitted()
  @IsInt()
  @Min(1)
  acceptLicenceVersion?: number;
}

export class IdeaStatusDto {
  @ApiProperty({ enum: ORGANISER_STATUSES })
  @IsIn(ORGANISER_STATUSES)
  status!: OrganiserStatus;

  @ApiProperty({ description: 'What the authors are told', example: 'Shortlisted: the jury liked the pilot plan.' })
  @Transform(trimmed)
  @IsString()
  @Length(3, 2000)
  @IsSafeText()
  message!: string;
}

export class InviteCoAuthorDto {
  @ApiProperty({ example: 'colleague@example.org' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class AnswerInvitationDto {
  @ApiProperty({ enum: ['accept', 'decline'] })
  @IsIn(['accept', 'decline'])
  answer!: 'accept' | 'decline';
}
