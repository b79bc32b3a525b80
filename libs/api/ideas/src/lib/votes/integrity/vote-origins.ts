import { Injectable } from '@nestjs/common';
import { Environment, RequestContext, resolveAppSecret } from '@crowdforge/api-platform';
import { createHmac } from 'node:crypto';
import { clientNetwork } from './client-network';

/** Bytes of the HMAC kept: enough that two networks practically never share an origin. */
const ORIGIN_BYTES = 16;

/**
 * Where a vote came from, without keeping the address: an HMAC-SHA-256 of the client's network
 * (`clientNetwork`) under `VOTE_ORIGIN_SECRET`, cut to 16 bytes. Votes from one network share an
 * origin; without the secret an origin cannot be checked against a guessed address.
 */
@Injectable()
export class VoteOrigins {
  private readonly key: Buffer;

  constructor(
    environment: Environment,
    private readonly context: RequestContext,
  ) {
    this.key = environment.VOTE_ORIGIN_SECRET
      ? Buffer.from(environment.VOTE_ORIGIN_SECRET, 'utf8')
      : createHmac('sha256', resolveAppSecret(environment)).update('vote-origin').digest();
  }

  /** The origin of the current request, or null outside one. */
  ofCurrentRequest(): Buffer | null {
    const address = this.context.ip;
    return address ? this.of(address) : null;
  }

  of(address: string): Buffer {
    return createHmac('sha256', this.key).update(clientNetwork(address)).digest().subarray(0, ORIGIN_BYTES);
  }
}
