import { isWindowOpen, type ChallengeAccess } from '@crowdforge/api-challenges';
import type { IdeaStatus, PhaseKind } from '@crowdforge/contracts';

/** Statuses in which the authors may still change what the idea says. */
const EDITABLE: ReadonlySet<IdeaStatus> = new Set(['draft', 'submitted']);

/** Is a window of this kind open now (the challenge published)? */
export function isPhaseOpen(challenge: ChallengeAccess, kind: PhaseKind, now: Date): boolean {
  const { row } = challenge;
  return (row.windows ?? []).some((window) => window.kind === kind && isWindowOpen(row.state, window, now));
}

/** Is the challenge taking ideas now: published with its submission window open. */
export function isSubmissionOpen(challenge: ChallengeAccess, now: Date): boolean {
  return isPhaseOpen(challenge, 'submission', now);
}

/**
 * Authors may edit a draft any time, and a submitted idea until the review window has opened
 * or the organisers have moved it on (shortlisted and beyond).
 */
export function isEditable(status: IdeaStatus, challenge: ChallengeAccess, now: Date): boolean {
  if (status === 'draft') return true;
  if (!EDITABLE.has(status)) return false;
  const review = (challenge.row.windows ?? []).find((window) => window.kind === 'review');
  return !review || review.opensAt > now;
}
