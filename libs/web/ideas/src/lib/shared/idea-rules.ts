import type { ChallengeDetail, IdeaStatus, PhaseKind } from '@crowdforge/contracts';

/** Is a window of this kind of the challenge open now? */
export function isPhaseOpen(challenge: ChallengeDetail, kind: PhaseKind): boolean {
  return challenge.windows.some((window) => window.kind === kind && window.open);
}

/** Participants write ideas while a submission window of the challenge is open. */
export function mayWriteIdeas(challenge: ChallengeDetail): boolean {
  return challenge.viewer.isParticipant && isPhaseOpen(challenge, 'submission');
}

/** Submitted and on: not a private draft, and not withdrawn or merged (they left the process). */
export function isInTheProcess(status: IdeaStatus): boolean {
  return !['draft', 'withdrawn', 'merged'].includes(status);
}

/** Has a voting window of the challenge opened (it may have closed since)? */
export function votingHasOpened(challenge: ChallengeDetail): boolean {
  return challenge.windows.some((window) => window.kind === 'voting' && (window.open || window.openedAt !== null));
}
