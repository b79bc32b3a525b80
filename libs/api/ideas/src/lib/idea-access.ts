import { Injectable } from '@nestjs/common';
import { ProblemException } from '@crowdforge/api-platform';
import {
  assertNotSuspended,
  ChallengesService,
  personPolicySql,
  POLICY_SQL,
  type ChallengeAccess,
  type PolicySql,
  type Viewer,
} from '@crowdforge/api-challenges';
import type { EntityManager } from 'typeorm';
import { CoAuthorInvitationRow } from './authors/co-author-invitation.entity';
import { blindReviewerSql } from './authors/blind-review';
import { IdeaRow } from './idea.entity';

/** An idea together with what the viewer may do with it. */
export interface IdeaAccess {
  idea: IdeaRow;
  challenge: ChallengeAccess;
  isAuthor: boolean;
  /** The viewer reviews it in a blind round, and neither wrote it nor runs its challenge (ADR 22). */
  blindReview: boolean;
}

export const ideaNotFound = () => new ProblemException(404, 'not_found', 'There is no such idea.');

/**
 * Who may see an idea: its authors always (a hidden idea tells them why); nobody else while it is
 * a draft; the organisers and moderators of its challenge; the challenge's audience when ideas are
 * visible to the audience and the idea was neither withdrawn nor hidden. Everyone else learns
 * nothing (404).
 */
export function maySee(idea: IdeaRow, challenge: ChallengeAccess, isAuthor: boolean): boolean {
  if (isAuthor) return true;
  if (idea.status === 'draft') return false;
  if (challenge.canModerate) return true;
  return (
    challenge.inAudience &&
    challenge.row.ideaVisibility === 'audience' &&
    idea.status !== 'withdrawn' &&
    idea.hiddenAt === null
  );
}

/** The invitation to co-author this idea that waits for the viewer's answer, if any. */
export function pendingInvitation(
  manager: EntityManager,
  viewer: Viewer,
  ideaId: string,
): Promise<CoAuthorInvitationRow | null> {
  if (!viewer.verifiedEmail) return Promise.resolve(null);
  return manager.findOne(CoAuthorInvitationRow, {
    where: { ideaId, email: viewer.verifiedEmail.toLowerCase(), state: 'pending' },
  });
}

const authorSql = (userId: string) =>
  `EXISTS (SELECT 1 FROM idea_authors va WHERE va.idea_id = i.id AND va.user_id = ${userId})`;

/** `maySee` in SQL over the idea `i` and its challenge `c` for the looker of `policy`, whose id is `userId`. */
function ideaVisibleSql(policy: PolicySql, userId: string): string {
  return `(${policy.visible} AND (${authorSql(userId)} OR (i.status <> 'draft' AND (${policy.moderator}
      OR (${policy.audience} AND c.idea_visibility = 'audience' AND i.status <> 'withdrawn' AND i.hidden_at IS NULL)))))`;
}

/** What `maySee` needs to know about one challenge, as SQL expressions. */
export interface ChallengeVerdictsSql {
  canManage: string;
  /** The organisers and moderators, who also see hidden ideas. */
  canModerate: string;
  /** The viewer is in the audience and the challenge shows ideas to its audience. */
  audienceSees: string;
}

/** Verdicts already known from `ChallengesService.access`: parameters of `knownVerdicts`. */
export const KNOWN_VERDICTS: ChallengeVerdictsSql = {
  canManage: 'CAST(:canManage AS boolean)',
  canModerate: 'CAST(:canModerate AS boolean)',
  audienceSees: 'CAST(:audienceSees AS boolean)',
};

/** The parameters of `KNOWN_VERDICTS` for a challenge's access. */
export function knownVerdicts(challenge: ChallengeAccess): Record<string, boolean> {
  return {
    canManage: challenge.canManage,
    canModerate: challenge.canModerate,
    audienceSees: challenge.inAudience && challenge.row.ideaVisibility === 'audience',
  };
}

const ofChallenge = (expression: string) => `(SELECT ${expression} FROM challenges c WHERE c.id = :challengeId)`;

/**
 * The policy's verdicts on the challenge `:challengeId`, read in the query of a page (parameters of
 * `policyParameters`): each subquery runs once, before the ideas are read. Nothing is read for a
 * challenge that `visible` rules out.
 */
export const VERDICTS_OF_CHALLENGE: ChallengeVerdictsSql & { visible: string } = {
  visible: ofChallenge(POLICY_SQL.visible),
  canManage: ofChallenge(POLICY_SQL.organiser),
  canModerate: ofChallenge(POLICY_SQL.moderator),
  audienceSees: ofChallenge(`${POLICY_SQL.audience} AND c.idea_visibility = 'audience'`),
};

/** `maySee` in SQL over the idea `i` and its challenge `c`, for lists; parameters of `policyParameters`. */
export const IDEA_VISIBLE_SQL = {
  author: authorSql(':userId'),
  /** `maySee` for ideas of one challenge given its verdicts: no per-row policy, so the newest-first index serves the page. */
  inOneChallenge(verdicts: ChallengeVerdictsSql): string {
    return `(${this.author} OR (i.status <> 'draft' AND (${verdicts.canModerate}
      OR (${verdicts.audienceSees} AND i.status <> 'withdrawn' AND i.hidden_at IS NULL))))`;
  },
  visible: ideaVisibleSql(POLICY_SQL, ':userId'),
  /** `maySee` for the person in the `users` row aliased `user`, not the caller; no parameters. */
  visibleTo: (user: string): string => ideaVisibleSql(personPolicySql(user), `${user}.id`),
};

@Injectable()
export class IdeaAccessRule {
  constructor(private readonly challenges: ChallengesService) {}

  /** The idea if the viewer may see it (404 otherwise); `lock` locks the idea row for a change. */
  async require(
    manager: EntityManager,
    viewer: Viewer,
    ideaId: string,
    options: { key?: string | null; lock?: boolean } = {},
  ): Promise<IdeaAccess> {
    const idea = await manager.findOne(IdeaRow, {
      where: { id: ideaId },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!idea) throw ideaNotFound();
    const challenge = await this.challenges.access(manager, viewer, idea.challengeId, options.key ?? null);
    const { isAuthor, reviewsBlind } = await relationTo(manager, viewer, ideaId);
    if (!challenge) throw ideaNotFound();
    // A person invited to co-author sees the idea (even a draft) to decide.
    if (!maySee(idea, challenge, isAuthor) && !(await pendingInvitation(manager, viewer, ideaId))) throw ideaNotFound();
    return { idea, challenge, isAuthor, blindReview: reviewsBlind && !isAuthor && !challenge.canManage };
  }

  /** As `require`, and only for the idea's authors (403 for others who can see it, and while suspended). */
  async requireAuthor(manager: EntityManager, viewer: Viewer, ideaId: string): Promise<IdeaAccess> {
    const access = await this.require(manager, viewer, ideaId, { lock: true });
    if (!access.isAuthor) throw new ProblemException(403, 'forbidden', 'Only the authors of this idea may do this.');
    assertNotSuspended(access.challenge.suspendedUntil);
    return access;
  }
}

/** Whether the viewer wrote the idea, and whether they review it in a blind round, in one query. */
async function relationTo(
  manager: EntityManager,
  viewer: Viewer,
  ideaId: string,
): Promise<{ isAuthor: boolean; reviewsBlind: boolean }> {
  if (viewer.userId === null) return { isAuthor: false, reviewsBlind: false };
  const [row]: { is_author: boolean; reviews_blind: boolean }[] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM idea_authors a WHERE a.idea_id = $1 AND a.user_id = $2) AS is_author,
            ${blindReviewerSql('$1', '$2')} AS reviews_blind`,
    [ideaId, viewer.userId],
  );
  return { isAuthor: row.is_author, reviewsBlind: row.reviews_blind };
}
