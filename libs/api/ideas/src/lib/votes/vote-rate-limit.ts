import { Injectable } from '@nestjs/common';
import { Environment, RateLimiter, RequestContext } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';

/** Votes and comparisons share one limit per person and per address, kept in Redis when it is configured. */
@Injectable()
export class VoteRateLimit {
  constructor(
    private readonly rateLimiter: RateLimiter,
    private readonly context: RequestContext,
    private readonly environment: Environment,
  ) {}

  async consume(principal: Principal): Promise<void> {
    await this.rateLimiter.consume(
      {
        key: `votes:person:${principal.userId}`,
        limit: this.environment.VOTES_PER_MINUTE_PER_PERSON,
        windowSeconds: 60,
      },
      { key: `votes:ip:${this.context.ip}`, limit: this.environment.VOTES_PER_MINUTE_PER_IP, windowSeconds: 60 },
    );
  }
}
