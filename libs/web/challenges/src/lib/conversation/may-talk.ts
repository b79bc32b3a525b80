import type { ChallengeDetail } from '@crowdforge/contracts';

/** Asking and suggesting: the audience and the organisers, while the challenge is published. */
export function mayTalk(challenge: ChallengeDetail): boolean {
  const { viewer } = challenge;
  return challenge.state === 'published' && (viewer.canTakePart || viewer.isParticipant || viewer.canManage);
}
