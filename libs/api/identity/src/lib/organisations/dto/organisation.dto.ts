import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { MayBeOmitted, trimmed } from '@crowdforge/api-platform';
import {
  ORGANISATION_ROLES,
  type InvitationView,
  type MemberView,
  type OrganisationRole,
  type OrganisationView,
} from '@crowdforge/contracts';

const lowerCased = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;
const COLOUR = /^#[0-9a-f]{6}$/;
export const INVITABLE_ROLES = ORGANISATION_ROLES.filter((role) => role !== 'owner');

export class CreateOrganisationDto {
  @ApiProperty({ example: 'Leafy Tea Company' })
  @Transform(trimmed)
  @IsString()
  @Length(2, 120)
  name!: string;

  @ApiPropertyOptional({
    example: 'leafy-tea',
    description: 'Lower-case letters, digits and dashes; derived from the name when omitted',
  })
  @IsOptional()
  @Transform(lowerCased)
  @Matches(SLUG, { message: 'slug may contain lower-case letters, digits and dashes (at most 60)' })
  slug?: string;
}

export class UpdateOrganisationDto {
  @ApiPropertyOptional()
  @MayBeOmitted()
  @Transform(trimmed)
  @IsString()
  @Length(2, 120)
  name?: string;

  @ApiPropertyOptional({ example: '#0f5f6e' })
  @MayBeOmitted()
  @Transform(lowerCased)
  @Matches(COLOUR, { message: 'brandColour must be a colour like #0f5f6e' })
  brandColour?: string;

  @ApiPropertyOptional({ example: 'https://example.org/logo.png', nullable: true, type: String })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  logoUrl?: string | null;
}

export class InviteDto {
  @ApiProperty({ example: 'colleague@example.org' })
  @Transform(lowerCased)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: INVITABLE_ROLES })
  @IsIn(INVITABLE_ROLES)
  role!: Exclude<OrganisationRole, 'owner'>;
}

export class ChangeRoleDto {
  @ApiProperty({ enum: ORGANISATION_ROLES })
  @IsIn(ORGANISATION_ROLES)
  role!: OrganisationRole;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token from the emailed invitation link' })
  @IsString()
  @Length(20, 100)
  token!: string;
}

export class OrganisationDto implements OrganisationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: '#0f5f6e' }) brandColour!: string;
  @ApiProperty({ nullable: true, type: String }) logoUrl!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class MemberDto implements MemberView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ORGANISATION_ROLES }) role!: OrganisationRole;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
}

export class InvitationDto implements InvitationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ORGANISATION_ROLES }) role!: OrganisationRole;
  @ApiProperty({ nullable: true, type: String }) invitedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) acceptedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt!: string | null;
}
