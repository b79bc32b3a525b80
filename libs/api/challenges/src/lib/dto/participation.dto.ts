import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsObject, Max, Min } from 'class-validator';

export class JoinChallengeDto {
  @ApiProperty({
    description: 'Answers by eligibility question key: true for a confirmed statement, text otherwise',
    example: { adult: true },
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'boolean' }] },
  })
  @IsObject()
  answers!: Record<string, string | boolean>;

  @ApiProperty({ description: 'The licence version shown and accepted', example: 1 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  acceptLicenceVersion!: number;
}
