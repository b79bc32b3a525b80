import type { EntityManager } from 'typeorm';
import { preparedQuery } from '@crowdforge/api-platform';

export interface Vote {
  ideaId: string;
  voterId: string;
  challengeId: string;
  value: number;
  at: Date;
  /** Where the vote came from (`VoteOrigins`). */
  origin: Buffer | null;
}

/** A vote the voter holds in a challenge, as the acknowledgement lists it. */
export interface HeldVote {
  challengeId: string;
  voterId: string;
  ideaId: string;
  value: number;
  createdAt: Date;
}

/**
 * Inserts the votes or changes their values (the same vote again changes nothing), and returns every
 * vote their voters hold in those challenges afterwards — in one statement, so the acknowledgement
 * costs no second round trip. The rows read are the statement's snapshot, which does not show its
 * own writes: each vote written is listed with the value it was cast with. At most one vote per
 * (idea, voter) in one call.
 */
export async function writeVotes(manager: EntityManager, votes: Vote[]): Promise<HeldVote[]> {
  const rows = await preparedQuery<{
    challenge_id: string;
    voter_id: string;
    idea_id: string;
    value: number;
    created_at: Date;
  }>(
    manager,
    `WITH incoming AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::smallint[], $5::timestamptz[], $6::bytea[])
           AS t(idea_id, voter_id, challenge_id, value, at, origin)),
       written AS (
         INSERT INTO idea_votes (idea_id, voter_id, challenge_id, value, created_at, updated_at, origin)
         SELECT idea_id, voter_id, challenge_id, value, at, at, origin FROM incoming
         ON CONFLICT (idea_id, voter_id) DO UPDATE
           SET value = excluded.value, updated_at = excluded.updated_at, origin = excluded.origin
           WHERE idea_votes.value <> excluded.value
         RETURNING idea_id, voter_id, created_at),
       held AS (
         SELECT v.challenge_id, v.voter_id, v.idea_id, v.value, v.created_at FROM idea_votes v
          WHERE (v.challenge_id, v.voter_id) IN (SELECT challenge_id, voter_id FROM incoming))
       SELECT i.challenge_id, i.voter_id, i.idea_id, i.value, coalesce(h.created_at, w.created_at, i.at) AS created_at
         FROM incoming i
         LEFT JOIN written w ON w.idea_id = i.idea_id AND w.voter_id = i.voter_id
         LEFT JOIN held h ON h.idea_id = i.idea_id AND h.voter_id = i.voter_id
       UNION ALL
       SELECT h.challenge_id, h.voter_id, h.idea_id, h.value, h.created_at FROM held h
        WHERE NOT EXISTS (SELECT 1 FROM incoming i WHERE i.idea_id = h.idea_id AND i.voter_id = h.voter_id)`,
    [
      votes.map((vote) => vote.ideaId),
      votes.map((vote) => vote.voterId),
      votes.map((vote) => vote.challengeId),
      votes.map((vote) => vote.value),
      votes.map((vote) => vote.at),
      votes.map((vote) => vote.origin),
    ],
  );
  return rows.map((row) => ({
    challengeId: row.challenge_id,
    voterId: row.voter_id,
    ideaId: row.idea_id,
    value: row.value,
    createdAt: row.created_at,
  }));
}
