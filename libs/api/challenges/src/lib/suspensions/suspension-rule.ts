import { ProblemException } from '@crowdforge/api-platform';

/**
 * When the suspension of the looker (parameter `:userId`) in the organisation of the challenge `c`
 * ends, as SQL at the time `:now`; null when they are not suspended there.
 */
export const SUSPENDED_UNTIL_SQL = `(SELECT max(s.ends_at) FROM organisation_suspensions s
  WHERE s.organisation_id = c.organisation_id AND s.user_id = :userId
    AND s.lifted_at IS NULL AND s.starts_at <= :now AND s.ends_at > :now)`;

/** Writing (ideas, comments, votes, flags, comparisons) is refused while the writer is suspended. */
export function assertNotSuspended(suspendedUntil: Date | null): void {
  if (suspendedUntil)
    throw new ProblemException(
      403,
      'forbidden',
      `You are suspended from this organisation's challenges until ${suspendedUntil.toISOString()}: you cannot write here until then.`,
    );
}
