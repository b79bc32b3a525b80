import {
  fitBradleyTerry,
  trendingKey,
  type Estimate,
  type PairwiseJudgement,
  type VoteBucket,
} from '@crowdforge/domain';
import type { EntityManager } from 'typeorm';
import type { CountedRow, CountedTallies } from './vote-tallies.service';

const HOUR_MS = 3_600_000;

/** Ideas out of the contest (drafts, withdrawn, merged) are left out of the fit, as are their comparisons. */
const IN_THE_CONTEST = `i.status NOT IN ('draft', 'withdrawn', 'merged')`;

/** Strengths this far from 1 say nothing more and keep the arithmetic finite. */
const STRENGTH_BOUND = 1e6;

/** The score of an idea nobody has compared yet: even odds, and nothing known. */
export const UNCOMPARED: Estimate = { score: 50, lower: 0, upper: 100 };

interface ComparisonGroup {
  left_idea_id: string;
  right_idea_id: string;
  outcome: 'left' | 'right' | 'cant_decide';
  hour: number;
  count: number;
}

/**
 * A pairwise challenge's tallies from its answered comparisons (ADR 14): per idea, the comparisons
 * it was in (votes), won (ups) and lost (downs); its score is the Bradley–Terry chance, 0–100, of
 * beating another idea of the challenge, with its interval. "I can't decide" counts as a
 * comparison but adds no win. One fit covers the whole challenge, since every comparison moves
 * every score; trending weighs the wins by the hour they were given.
 */
export async function countComparisons(manager: EntityManager, challengeId: string): Promise<CountedTallies> {
  const ideas: { id: string; in_contest: boolean; score: number | null }[] = await manager.query(
    `SELECT i.id, ${IN_THE_CONTEST} AS in_contest, t.score FROM ideas i LEFT JOIN idea_tallies t ON t.idea_id = i.id
      WHERE i.challenge_id = $1 ORDER BY i.id`,
    [challengeId],
  );
  const groups: ComparisonGroup[] = await manager.query(
    `SELECT left_idea_id, right_idea_id, outcome,
            floor(extract(epoch FROM answered_at) * 1000 / ${HOUR_MS})::float8 AS hour, count(*)::int AS count
       FROM idea_comparisons WHERE challenge_id = $1 AND outcome IS NOT NULL
      GROUP BY left_idea_id, right_idea_id, outcome, hour`,
    [challengeId],
  );
  const counted = new Map(ideas.map(({ id }) => [id, emptyRow(id)]));
  const wins = new Map<string, VoteBucket[]>();
  for (const group of groups) {
    const left = counted.get(group.left_idea_id);
    const right = counted.get(group.right_idea_id);
    if (!left || !right) continue;
    left.votes += group.count;
    right.votes += group.count;
    if (group.outcome === 'cant_decide') continue;
    const [winner, loser] = group.outcome === 'left' ? [left, right] : [right, left];
    winner.ups += group.count;
    loser.downs += group.count;
    wins.set(winner.idea_id, [
      ...(wins.get(winner.idea_id) ?? []),
      { start: group.hour * HOUR_MS, total: group.count },
    ]);
  }
  for (const row of counted.values()) row.value_sum = row.ups - row.downs;
  const contest = ideas.filter((idea) => idea.in_contest);
  // The last fit's scores are a close start: a refit after a few more answers takes a few steps.
  const initial = new Map(contest.map((idea) => [idea.id, strengthOf(idea.score)]));
  const fitted = new Map(
    fitBradleyTerry(
      contest.map((idea) => idea.id),
      judgementsOf(groups),
      { initial },
    ).map((strength) => [strength.id, strength]),
  );
  const rows = [...counted.values()];
  return {
    counted: rows,
    estimates: rows.map((row) => {
      const fit = fitted.get(row.idea_id);
      return fit ? { score: fit.score, lower: fit.lower, upper: fit.upper } : UNCOMPARED;
    }),
    trending: new Map([...wins].map(([ideaId, buckets]) => [ideaId, trendingKey(buckets, HOUR_MS)])),
  };
}

/** One judgement per decided comparison; the fit leaves out those of ideas out of the contest. */
function* judgementsOf(groups: readonly ComparisonGroup[]): Iterable<PairwiseJudgement> {
  for (const group of groups) {
    if (group.outcome === 'cant_decide') continue;
    const [winner, loser] =
      group.outcome === 'left' ? [group.left_idea_id, group.right_idea_id] : [group.right_idea_id, group.left_idea_id];
    for (let i = 0; i < group.count; i++) yield { winner, loser };
  }
}

/**
 * The Bradley–Terry strength behind a pairwise score (the chance, 0–100, of beating an average
 * idea): γ = s / (100 − s). Close enough to start a fit from or to choose pairs by; strength 1
 * without a score.
 */
export function strengthOf(score: number | null): number {
  if (score === null) return 1;
  const strength = score / (100 - score);
  return Math.min(STRENGTH_BOUND, Math.max(1 / STRENGTH_BOUND, Number.isFinite(strength) ? strength : STRENGTH_BOUND));
}

function emptyRow(ideaId: string): CountedRow {
  return { idea_id: ideaId, votes: 0, ups: 0, downs: 0, value_sum: 0, value_squares: 0 };
}
