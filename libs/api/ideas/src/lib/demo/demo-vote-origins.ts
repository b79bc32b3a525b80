import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

const TEA = 'Invent a new way to make or drink tea';
const TASTING_BOXES = 'Tasting boxes to take home';
/** The demo accounts that voted in the tea challenge from the Leafy Tea office. */
const FROM_THE_OFFICE = ['owner', 'orgadmin', 'crowd'].map((account) => `${account}@demo.crowdforge.test`);
const NEWCOMER = { email: 'newcomer@demo.crowdforge.test', name: 'Nico Newcomer' };

/** A stand-in for the keyed hash of a network (no real address is behind the demo's votes). */
const demoOrigin = (place: string) => createHash('sha256').update(`demo origin: ${place}`).digest().subarray(0, 16);

/**
 * Something for the tea challenge's integrity report to show: three demo accounts voted from one
 * office (a group on the folding bottle), everyone else from home, and an account made yesterday,
 * its address never confirmed, backed the tasting boxes.
 */
export async function markDemoVoteOrigins(
  manager: EntityManager,
  challenges: Map<string, string>,
  ago: (days: number) => Date,
): Promise<void> {
  const challengeId = challenges.get(TEA);
  if (!challengeId) return;
  const votes: { idea_id: string; voter_id: string; email: string }[] = await manager.query(
    `SELECT v.idea_id, v.voter_id, u.email FROM idea_votes v JOIN users u ON u.id = v.voter_id WHERE v.challenge_id = $1`,
    [challengeId],
  );
  for (const vote of votes) {
    const place = FROM_THE_OFFICE.includes(vote.email) ? 'the Leafy Tea office' : `the home of ${vote.email}`;
    await manager.query(`UPDATE idea_votes SET origin = $3 WHERE idea_id = $1 AND voter_id = $2`, [
      vote.idea_id,
      vote.voter_id,
      demoOrigin(place),
    ]);
  }
  const [newcomer]: { id: string }[] = await manager.query(
    `INSERT INTO users (email, display_name, language, created_at, updated_at) VALUES ($1, $2, 'en', $3, $3)
     ON CONFLICT DO NOTHING RETURNING id`,
    [NEWCOMER.email, NEWCOMER.name, ago(1)],
  );
  if (!newcomer) return;
  await manager.query(
    `INSERT INTO idea_votes (idea_id, voter_id, challenge_id, value, created_at, updated_at, origin)
     SELECT i.id, $3, i.challenge_id, 1, $4, $4, $5 FROM ideas i WHERE i.challenge_id = $1 AND i.title = $2
     ON CONFLICT DO NOTHING`,
    [challengeId, TASTING_BOXES, newcomer.id, ago(0.5), demoOrigin('a newcomer’s phone')],
  );
}
