import { ApiProperty } from '@nestjs/swagger';
import {
  LANGUAGES,
  ORGANISATION_ROLES,
  type CurrentUser,
  type Language,
  type MembershipSummary,
  type OrganisationRole,
  type SessionInfo,
} from '@crowdforge/contracts';

export class MembershipSummaryDto implements MembershipSummary {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ example: 'tea-brand' }) organisationSlug!: string;
  @ApiProperty({ example: 'Leafy Tea Company' }) organisationName!: string;
  @ApiProperty({ enum: ORGANISATION_ROLES }) role!: OrganisationRole;
}

export class CurrentUserDto implements CurrentUser {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ada@example.org' }) email!: string;
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty({ example: 'Ada Lovelace' }) displayName!: string;
  @ApiProperty() bio!: string;
  @ApiProperty({ type: [String], example: ['tea', 'packaging'] }) expertise!: string[];
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty() showOnLeaderboards!: boolean;
  @ApiProperty() showNameOnIdeas!: boolean;
  @ApiProperty() isPlatformAdmin!: boolean;
  @ApiProperty({ type: [MembershipSummaryDto] }) memberships!: MembershipSummary[];
}

export class SessionInfoDto implements SessionInfo {
  @ApiProperty({ type: CurrentUserDto }) user!: CurrentUser;
  @ApiProperty({ description: 'Send as X-CSRF-Token on every state-changing request' }) csrfToken!: string;
}
