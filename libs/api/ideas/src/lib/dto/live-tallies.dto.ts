import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { ChallengeKeyQueryDto } from '@crowdforge/api-challenges';
import { MAX_LIVE_IDEAS, type IdeaTally, type LiveTally } from '@crowdforge/contracts';
import { IdeaTallyDto } from './idea-view.dto';

export class LiveTalliesQueryDto extends ChallengeKeyQueryDto {
  @ApiProperty({
    type: String,
    description: `The ideas to follow, comma-separated ids (1 to ${MAX_LIVE_IDEAS}), as the board shows them`,
    example: '7d1f5a52-5f0e-4c8b-9a55-0d3f5d2b9c11,3b0c9c8e-2a57-4a33-8f0e-6b1e4a2f7d90',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((id) => id.trim().toLowerCase()) : value))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LIVE_IDEAS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ideas!: string[];
}

export class LiveTallyDto implements LiveTally {
  @ApiProperty({ format: 'uuid' }) ideaId!: string;
  @ApiProperty({ type: IdeaTallyDto, nullable: true, description: 'Null once the idea has no votes' })
  tally!: IdeaTally | null;
}
