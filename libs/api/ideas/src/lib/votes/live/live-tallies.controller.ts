import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public, RateLimiter, RequestContext, sendEventStream } from '@crowdforge/api-platform';
import { OptionalPrincipal, type Principal } from '@crowdforge/api-identity';
import type { FastifyReply } from 'fastify';
import { LiveTalliesQueryDto, LiveTallyDto } from '../../dto/live-tallies.dto';
import { LiveTallies } from './live-tallies.service';

/** Subscriptions one client address may open a minute (boards reconnect every few minutes). */
const SUBSCRIPTIONS_PER_MINUTE_PER_IP = 120;
/** How long the browser waits before it reconnects once a subscription ends. */
const RECONNECT_MS = 2_000;

@ApiTags('votes')
@Controller()
export class LiveTalliesController {
  constructor(
    private readonly live: LiveTallies,
    private readonly rateLimiter: RateLimiter,
    private readonly context: RequestContext,
  ) {}

  @Get('challenges/:challengeId/live-tallies')
  @Public()
  @ApiOperation({
    operationId: 'votes_liveTallies',
    summary: 'Follow the tallies of some ideas of a board as server-sent events (not while blind voting hides them)',
    description:
      'An event `tallies` carries `LiveTally[]`: first the ideas’ tallies as they are, then the ideas recounted ' +
      'after their votes changed (within about a second). The stream ends after LIVE_TALLIES_SECONDS and the ' +
      'browser reconnects.',
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ type: [LiveTallyDto], description: 'The data of each `tallies` event' })
  async follow(
    @OptionalPrincipal() principal: Principal | null,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Query() query: LiveTalliesQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.rateLimiter.consume({
      key: `live-tallies:ip:${this.context.ip}`,
      limit: SUBSCRIPTIONS_PER_MINUTE_PER_IP,
      windowSeconds: 60,
    });
    const tallies = await this.live.subscribe(principal, challengeId, query.key ?? null, query.ideas);
    sendEventStream(reply, tallies, { retryMs: RECONNECT_MS });
  }
}
