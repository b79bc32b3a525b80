import { ApiProperty } from '@nestjs/swagger';
import type { HealthReport, HealthState } from '@crowdforge/contracts';

export class HealthReportDto implements HealthReport {
  @ApiProperty({ enum: ['ok', 'error'], example: 'ok' })
  status!: HealthState;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: ['up', 'down'] },
    example: { database: 'up' },
  })
  checks!: Record<string, 'up' | 'down'>;
}
