import type { ChallengeState } from '@crowdforge/contracts';

interface WindowDates {
  opensAt: Date;
  closesAt: Date | null;
}

/** A window is open from its start until its end (if any); only windows of published challenges count. */
export function isWindowOpen(state: ChallengeState, window: WindowDates, now: Date): boolean {
  return state === 'published' && window.opensAt <= now && (window.closesAt === null || window.closesAt > now);
}

/**
 * The same rule in SQL over the `challenges` row `c` and the `:now` parameter, for filtering and
 * sorting: where a challenge stands (draft, upcoming, open, closed).
 */
const OPEN_WINDOW = `w.challenge_id = c.id AND w.opens_at <= :now AND (w.closes_at IS NULL OR w.closes_at > :now)`;

export const STAGE_SQL = `(CASE
  WHEN c.state = 'draft' THEN 'draft'
  WHEN c.state = 'closed' THEN 'closed'
  WHEN EXISTS (SELECT 1 FROM phase_windows w WHERE ${OPEN_WINDOW}) THEN 'open'
  WHEN EXISTS (SELECT 1 FROM phase_windows w WHERE w.challenge_id = c.id AND w.opens_at > :now)
    OR NOT EXISTS (SELECT 1 FROM phase_windows w WHERE w.challenge_id = c.id) THEN 'upcoming'
  ELSE 'closed' END)`;

/** The nearest end of an open window; challenges closing soonest first. */
export const CLOSES_NEXT_SQL = `(SELECT min(w.closes_at) FROM phase_windows w WHERE ${OPEN_WINDOW})`;
