import type { ChallengeDetail } from '@crowdforge/contracts';

/** Participants write ideas while a submission window of the challenge is open. */
export function mayWriteIdeas(challenge: ChallengeDetail): boolean {
  return (
    challenge.viewer.isParticipant && challenge.windows.some((window) => window.kind === 'submission' && window.open)
  );
}
