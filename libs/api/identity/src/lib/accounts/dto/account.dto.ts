import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';
import { MayBeOmitted, trimmed } from '@crowdforge/api-platform';
import { LANGUAGES, type Language } from '@crowdforge/contracts';
import { PASSWORD_MAX_LENGTH } from '../passwords';

const normalisedEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class EmailDto {
  @ApiProperty({ example: 'ada@example.org' })
  @Transform(normalisedEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;
}

export class SignUpDto extends EmailDto {
  @ApiProperty({ minLength: 10, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 80)
  displayName!: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class SignInDto extends EmailDto {
  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class LinkTokenDto {
  @ApiProperty({ description: 'The token from the emailed link' })
  @IsString()
  @Length(10, 1000)
  token!: string;
}

export class ResetPasswordDto extends LinkTokenDto {
  @ApiProperty({ minLength: 10, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({ minLength: 10, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class DeleteAccountDto {
  @ApiProperty({ description: 'Your current password, to confirm' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class UpdateProfileDto {
  @ApiPropertyOptional()
  @MayBeOmitted()
  @Transform(trimmed)
  @IsString()
  @Length(1, 80)
  displayName?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @MayBeOmitted()
  @IsString()
  @MaxLength(500)
  bio?: string;

  @ApiPropertyOptional({ type: [String], example: ['tea', 'packaging'] })
  @MayBeOmitted()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  expertise?: string[];

  @ApiPropertyOptional({ enum: LANGUAGES })
  @MayBeOmitted()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional()
  @MayBeOmitted()
  @IsBoolean()
  showOnLeaderboards?: boolean;

  @ApiPropertyOptional()
  @MayBeOmitted()
  @IsBoolean()
  showNameOnIdeas?: boolean;
}
