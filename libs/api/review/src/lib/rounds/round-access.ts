import { Injectable } from '@nestjs/common';
import { ProblemException } from '@crowdforge/api-platform';
import { ChallengesService, type ChallengeAccess, type Viewer } from '@crowdforge/api-challenges';
import type { EntityManager } from 'typeorm';
import { ReviewRoundRow } from './review-round.entity';
import { RoundReviewerRow } from './round-reviewer.entity';

export interface RoundAccess {
  round: ReviewRoundRow;
  /** Null when the viewer is a reviewer the challenge's audience does not include. */
  challenge: ChallengeAccess | null;
  isOrganiser: boolean;
  isReviewer: boolean;
}

export const roundNotFound = () => new ProblemException(404, 'not_found', 'There is no such review round.');

/** Who may see a review round: the challenge's organisers and the round's reviewers; nobody else learns of it. */
@Injectable()
export class RoundAccessRule {
  constructor(private readonly challenges: ChallengesService) {}

  async require(manager: EntityManager, viewer: Viewer, roundId: string, lock = false): Promise<RoundAccess> {
    const round = await manager.findOne(ReviewRoundRow, {
      where: { id: roundId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!round || !viewer.userId) throw roundNotFound();
    const challenge = await this.challenges.access(manager, viewer, round.challengeId, null);
    const isOrganiser = challenge?.canManage ?? false;
    const isReviewer = await manager.exists(RoundReviewerRow, { where: { roundId, userId: viewer.userId } });
    if (!isOrganiser && !isReviewer) throw roundNotFound();
    return { round, challenge, isOrganiser, isReviewer };
  }

  /** The round, for its organisers; its reviewers (who know it exists) are refused with 403. */
  async requireOrganiser(manager: EntityManager, viewer: Viewer, roundId: string, lock = false): Promise<RoundAccess> {
    const access = await this.require(manager, viewer, roundId, lock);
    if (!access.isOrganiser) throw organisersOnly();
    return access;
  }
}

export const organisersOnly = () =>
  new ProblemException(403, 'forbidden', 'Only the organisers of the challenge set up and run its review rounds.');

/** 409 unless the round is in `state`. */
export function assertRoundState(round: ReviewRoundRow, state: ReviewRoundRow['state'], what: string): void {
  if (round.state === state) return;
  const now = { setup: 'is still being set up', open: 'is open', closed: 'is closed' }[round.state];
  throw new ProblemException(409, 'conflict', `The review round ${now}: ${what}`);
}
