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
  /** (idea, voter) pairs of the statements in flight: a later vote on one waits, so the later vote wins. */
  private readonly pairsInFlight = new Set<string>();

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
      const [batch, rest] = takeBatch(this.waiting, this.pairsInFlight);
      if (batch.length === 0) return;
      this.waiting = rest;
      this.inFlight++;
      batch.forEach((waiting) => this.pairsInFlight.add(pairOf(waiting.vote)));
      void this.write(batch).finally(() => {
        batch.forEach((waiting) => this.pairsInFlight.delete(pairOf(waiting.vote)));
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

const pairOf = (vote: Vote) => `${vote.ideaId}:${vote.voterId}`;

/**
 * The first waiting votes, at most one per (idea, voter) and none on a pair in flight: a later vote on
 * the same pair waits for a later statement. The rest keep their order.
 */
function takeBatch(waiting: Waiting[], inFlight: ReadonlySet<string>): [Waiting[], Waiting[]] {
  const batch: Waiting[] = [];
  const rest: Waiting[] = [];
  const pairs = new Set(inFlight);
  for (const entry of waiting) {
    const pair = pairOf(entry.vote);
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
