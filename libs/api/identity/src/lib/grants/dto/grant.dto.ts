import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { GRANT_ROLES, GRANT_SCOPES, type GrantRole, type GrantScope, type GrantView } from '@crowdforge/contracts';

export class CreateGrantDto {
  @ApiProperty({
    example: 'expert@university.example',
    description: 'An existing account, inside or outside the organisation',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: GRANT_SCOPES })
  @IsIn(GRANT_SCOPES)
  scope!: GrantScope;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  scopeId!: string;

  @ApiProperty({ enum: GRANT_ROLES })
  @IsIn(GRANT_ROLES)
  role!: GrantRole;
}

export class GrantFilterDto {
  @ApiPropertyOptional({ enum: GRANT_SCOPES })
  @IsOptional()
  @IsIn(GRANT_SCOPES)
  scope?: GrantScope;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  scopeId?: string;
}

export class GrantDto implements GrantView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: GRANT_SCOPES }) scope!: GrantScope;
  @ApiProperty({ format: 'uuid' }) scopeId!: string;
  @ApiProperty({ enum: GRANT_ROLES }) role!: GrantRole;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
