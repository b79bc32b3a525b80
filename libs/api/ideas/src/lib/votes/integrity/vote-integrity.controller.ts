import { Controller, Get, Header, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '@crowdforge/api-platform';
import { CurrentPrincipal, type Principal } from '@crowdforge/api-identity';
import type { VoteIntegrityReport } from '@crowdforge/contracts';
import { VoteIntegrityReportDto } from '../../dto/vote-integrity.dto';
import { VoteIntegrityService } from './vote-integrity.service';
import { VoteLedgerService } from './vote-ledger.service';

/** What organisers and moderators may learn of a challenge's votes as a whole; each read is audited. */
@ApiTags('votes')
@Controller('challenges/:challengeId/voting')
export class VoteIntegrityController {
  constructor(
    private readonly integrity: VoteIntegrityService,
    private readonly ledger: VoteLedgerService,
  ) {}

  @Get('integrity')
  @SignedIn()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    operationId: 'votes_integrityReport',
    summary:
      'Votes by established against new or unverified accounts, and groups of accounts voting from one origin ' +
      '(organisers and the organisation’s moderators; audited; counts only, never who)',
  })
  @ApiOkResponse({ type: VoteIntegrityReportDto })
  report(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
  ): Promise<VoteIntegrityReport> {
    return this.integrity.report(principal, challengeId);
  }

  @Get('ledger')
  @SignedIn()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    operationId: 'votes_ledger',
    summary:
      'The recount ledger as CSV once voting has closed: per vote a pseudonym stable within the challenge, ' +
      'the idea, the value and the day (organisers; audited)',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV: voter, idea_id, idea_title, value, day', schema: { type: 'string' } })
  async export(
    @CurrentPrincipal() principal: Principal,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.ledger.export(principal, challengeId), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="voting-ledger-${challengeId}.csv"`,
    });
  }
}
