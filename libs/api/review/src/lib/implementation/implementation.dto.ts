import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsSafeText, trimmed } from '@crowdforge/api-platform';
import type { ImplementationInput, ImplementationUpdateInput, MilestoneInput } from '@crowdforge/contracts';

export class ImplementationDto implements ImplementationInput {
  @ApiProperty({ nullable: true, type: String, description: 'A member of the organisation who carries it out' })
  @IsOptional()
  @IsUUID()
  ownerId!: string | null;

  @ApiProperty({ example: '12% fewer plastic lids in the first quarter' })
  @Transform(trimmed)
  @IsString()
  @MaxLength(2000)
  @IsSafeText()
  realisedValue!: string;
}

export class MilestoneDto implements MilestoneInput {
  @ApiProperty({ example: 'Pilot in three shops' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  @IsSafeText()
  title!: string;

  @ApiProperty({ nullable: true, type: String, example: '2027-03-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10, { message: 'dueOn must be a date, YYYY-MM-DD' })
  dueOn!: string | null;

  @ApiProperty()
  @IsBoolean()
  done!: boolean;
}

export class ImplementationUpdateDto implements ImplementationUpdateInput {
  @ApiProperty({ example: 'The pilot started in Utrecht.', description: 'Markdown' })
  @IsString()
  @Length(1, 10000)
  @IsSafeText()
  markdown!: string;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  progress!: number;
}
