import { Controller, Get, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthReport } from '@crowdforge/contracts';
import type { DataSource } from 'typeorm';
import { Public } from '../access/access-rule';
import { DATABASE_RETRY_AFTER_SECONDS } from '../errors/problem.filter';
import { ProblemException } from '../errors/problem.exception';
import { HealthReportDto } from './health-report.dto';

const PING_TIMEOUT_MS = 1_500;

@ApiTags('health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @ApiOperation({ operationId: 'health_live', summary: 'Liveness: the process answers' })
  @ApiOkResponse({ type: HealthReportDto })
  live(): HealthReport {
    return { status: 'ok', checks: {} };
  }

  @Get('ready')
  @Public()
  @ApiOperation({ operationId: 'health_ready', summary: 'Readiness: the database answers' })
  @ApiOkResponse({ type: HealthReportDto })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer; retry after the Retry-After seconds' })
  async ready(): Promise<HealthReport> {
    if (!(await this.databaseAnswers())) {
      throw new ProblemException(503, 'database_unavailable', 'The database does not answer.', undefined, {
        'retry-after': String(DATABASE_RETRY_AFTER_SECONDS),
      });
    }
    return { status: 'ok', checks: { database: 'up' } };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS)));
    const ping = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([ping, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
