import { ProblemException } from '@crowdforge/api-platform';
import type { ChallengeAccess } from '@crowdforge/api-challenges';
import { isPhaseOpen } from '../idea-rules';

/** Only the challenge's audience votes, and only while its voting window is open. */
export function assertVotingOpenTo(challenge: ChallengeAccess, now: Date): void {
  if (!challenge.inAudience && !challenge.isParticipant)
    throw new ProblemException(403, 'forbidden', 'Only the audience of the challenge votes.');
  if (!isPhaseOpen(challenge, 'voting', now))
    throw new ProblemException(409, 'conflict', 'Voting is not open for this challenge.');
}
