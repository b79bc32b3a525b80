import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { writeVotes, type HeldVote, type Vote } from './write-votes';

/** Statements in flight at once: enough to keep the pool busy, few enough that batches form under load. */
const IN_FLIGHT = 4;
const MAX_BATCH = 500;

interface Waiting {
  vote: Vote;
  resolve: (held: HeldVote[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for votes without a quota (ADR 16): votes that arrive while earlier statements are
 * in flight wait and go together in one statement — one round trip and one commit for many — and
 * each caller is answered only after that statement has committed. Under light load a vote goes
 * alone at once. Should a batch fail (say an idea deleted meanwhile), its votes are retried one by
 * one, so only the faulty one fails.
 */
@Injectable()
export class VoteGroupCommit {
  private waiting: Waiting[] = [];
  private inFlight = 0;

  constructor(@InjectEntityManager() private readonly entityManager: EntityManager) {}

  /** Commits the vote; resolves to the votes its voter holds in the challenge afterwards. */
  commit(vote: Vote): Promise<HeldVote[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ vote, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    while (this.inFlight < IN_FLIGHT && this.waiting.length > 0) {
      const [batch, rest] = takeBatch(this.waiting);
      this.waiting = rest;
      this.inFlight++;
      void this.write(batch).finally(() => {
        this.inFlight--;
        this.next();
      });
    }
  }

  private async write(batch: Waiting[]): Promise<void> {
    try {
      answer(
        batch,
        await writeVotes(
          this.entityManager,
          batch.map((waiting) => waiting.vote),
        ),
      );
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      await Promise.all(batch.map((waiting) => this.write([waiting])));
    }
  }
}

/** The first waiting votes, at most one per (idea, voter): a later vote on the same pair waits for the next batch. */
function takeBatch(waiting: Waiting[]): [Waiting[], Waiting[]] {
  const batch: Waiting[] = [];
  const rest: Waiting[] = [];
  const pairs = new Set<string>();
  for (const entry of waiting) {
    const pair = `${entry.vote.ideaId}:${entry.vote.voterId}`;
    if (batch.length < MAX_BATCH && !pairs.has(pair)) {
      pairs.add(pair);
      batch.push(entry);
    } else rest.push(entry);
  }
  return [batch, rest];
}

function answer(batch: Waiting[], held: HeldVote[]): void {
  const byVoter = new Map<string, HeldVote[]>();
  for (const vote of held) {
    const key = `${vote.challengeId}:${vote.voterId}`;
    const votes = byVoter.get(key);
    if (votes) votes.push(vote);
    else byVoter.set(key, [vote]);
  }
  for (const { vote, resolve } of batch) resolve(byVoter.get(`${vote.challengeId}:${vote.voterId}`) ?? []);
}
