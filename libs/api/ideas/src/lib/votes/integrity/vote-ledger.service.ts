import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import { createHmac, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { VoteIntegrityAccess } from './integrity-access';
import { ledgerHeader, ledgerLines, type LedgerRow } from './ledger-csv';
import { VoteLedgerKeyRow } from './ledger-key.entity';

/** Hex digits of a pseudonym: 64 bits, so two voters of one challenge practically never share one. */
const PSEUDONYM_LENGTH = 16;

/**
 * The recount ledger of a closed vote, for the organisers: one line per vote with the voter's
 * pseudonym (an HMAC of their id under the challenge's own random key), the idea, the value and
 * the UTC day the vote took that value. Lines go idea by idea and, within an idea, by pseudonym,
 * so neither the order nor the dates tell who voted when. Counting the lines per idea gives the
 * tallies. Every export is written to the audit log.
 */
@Injectable()
export class VoteLedgerService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly access: VoteIntegrityAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The ledger as a stream of CSV text; refused (before anything is sent) unless the caller may have it. */
  async export(principal: Principal, challengeId: string): Promise<Readable> {
    await this.access.requireLedgerReader(principal, challengeId);
    const key = await this.keyOf(challengeId);
    await this.audit.append({ action: 'votes.ledger_export', objectType: 'challenge', objectId: challengeId });
    return Readable.from(this.lines(challengeId, key));
  }

  /** The challenge's key, made at the first export; parallel first exports agree on one. */
  private async keyOf(challengeId: string): Promise<Buffer> {
    await this.entityManager
      .createQueryBuilder()
      .insert()
      .into(VoteLedgerKeyRow)
      .values({ challengeId, key: randomBytes(32), createdAt: this.clock.now() })
      .orIgnore()
      .execute();
    const row = await this.entityManager.findOneByOrFail(VoteLedgerKeyRow, { challengeId });
    return row.key;
  }

  /** One idea's votes at a time, so a large ledger never sits in memory whole. */
  private async *lines(challengeId: string, key: Buffer): AsyncGenerator<string> {
    yield ledgerHeader();
    const ideas: { id: string; title: string }[] = await this.entityManager.query(
      `SELECT i.id, i.title FROM ideas i
        WHERE i.challenge_id = $1 AND EXISTS (SELECT 1 FROM idea_votes v WHERE v.idea_id = i.id)
        ORDER BY i.id`,
      [challengeId],
    );
    for (const idea of ideas) {
      const votes: { voter_id: string; value: number; day: string }[] = await this.entityManager.query(
        `SELECT voter_id, value, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day
           FROM idea_votes WHERE idea_id = $1 AND challenge_id = $2`,
        [idea.id, challengeId],
      );
      const rows: LedgerRow[] = votes.map((vote) => ({
        voter: pseudonym(key, vote.voter_id),
        ideaId: idea.id,
        ideaTitle: idea.title,
        value: vote.value,
        day: vote.day,
      }));
      rows.sort((a, b) => (a.voter < b.voter ? -1 : 1));
      yield ledgerLines(rows);
    }
  }
}

function pseudonym(key: Buffer, voterId: string): string {
  return createHmac('sha256', key).update(voterId).digest('hex').slice(0, PSEUDONYM_LENGTH);
}
