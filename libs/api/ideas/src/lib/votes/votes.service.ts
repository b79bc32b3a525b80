import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import {
  ChallengePolicy,
  ChallengesService,
  isWindowOpen,
  notFound,
  type ChallengeAccess,
} from '@crowdforge/api-challenges';
import type { IdeaStatus, MyVotes, VotingRules } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { IdeaAccessRule, type IdeaAccess } from '../idea-access';
import { IdeaVoteRow } from './idea-vote.entity';
import { VotingRulesRow } from './voting-rules.entity';

/** Ideas still in the running take votes; decided, withdrawn and merged ones do not. */
const VOTABLE: ReadonlySet<IdeaStatus> = new Set(['submitted', 'under_review', 'shortlisted']);

const DEFAULT_RULES: VotingRules = { voteLimit: null, authorsMayVote: false };

/**
 * Support votes: one per person and idea (the primary key), while the voting window is open, within
 * the challenge's per-person limit. Each person's votes in a challenge are serialised by an
 * advisory lock, so parallel requests cannot exceed the limit, while votes of different people
 * (even on one hot idea) never wait for each other: there is no counter row to lock.
 */
@Injectable()
export class VotesService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly challenges: ChallengesService,
    private readonly access: IdeaAccessRule,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Supports the idea (`1`, idempotent) or takes the support back (`null`). */
  async vote(principal: Principal, ideaId: string, value: 1 | null): Promise<MyVotes> {
    const viewer = await this.policy.viewerFor(principal);
    const challengeId = await this.entityManager.transaction(async (manager) => {
      const access = await this.access.require(manager, viewer, ideaId);
      const rules = await rulesOf(manager, access.idea.challengeId);
      this.assertMayVote(access, rules);
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `votes:${access.idea.challengeId}:${principal.userId}`,
      ]);
      const mine = { ideaId, voterId: principal.userId };
      if (value === null) {
        await manager.delete(IdeaVoteRow, mine);
      } else if (!(await manager.exists(IdeaVoteRow, { where: mine }))) {
        const used = await manager.count(IdeaVoteRow, {
          where: { challengeId: access.idea.challengeId, voterId: principal.userId },
        });
        if (rules.voteLimit !== null && used >= rules.voteLimit)
          throw new ProblemException(
            409,
            'conflict',
            `You have used all ${rules.voteLimit} of your votes in this challenge: take one back to vote for this idea.`,
          );
        await manager.insert(IdeaVoteRow, {
          ...mine,
          challengeId: access.idea.challengeId,
          createdAt: this.clock.now(),
        });
      }
      return access.idea.challengeId;
    });
    return this.myVotes(this.entityManager, challengeId, principal.userId);
  }

  async mine(principal: Principal, challengeId: string, key: string | null): Promise<MyVotes> {
    const viewer = await this.policy.viewerFor(principal);
    const access = await this.challenges.access(this.entityManager, viewer, challengeId, key);
    if (!access) throw notFound();
    return this.myVotes(this.entityManager, challengeId, principal.userId);
  }

  /** The organisers set the rules until the voting window opens. */
  async setRules(principal: Principal, challengeId: string, rules: VotingRules): Promise<VotingRules> {
    const viewer = await this.policy.viewerFor(principal);
    return this.entityManager.transaction(async (manager) => {
      const access = await this.challenges.requireManageable(manager, viewer, challengeId);
      if (votingHasOpened(access, this.clock.now()))
        throw new ProblemException(409, 'conflict', 'Voting has opened: its rules can no longer change.');
      await manager.upsert(VotingRulesRow, { challengeId, ...rules }, ['challengeId']);
      await this.audit.append(
        { action: 'challenge.voting_rules', objectType: 'challenge', objectId: challengeId, data: { ...rules } },
        manager,
      );
      return rulesOf(manager, challengeId);
    });
  }

  private assertMayVote({ idea, challenge, isAuthor }: IdeaAccess, rules: VotingRules): void {
    if (!challenge.inAudience && !challenge.isParticipant)
      throw new ProblemException(403, 'forbidden', 'Only the audience of the challenge votes.');
    if (!isVotingOpen(challenge, this.clock.now()))
      throw new ProblemException(409, 'conflict', 'Voting is not open for this challenge.');
    if (!VOTABLE.has(idea.status))
      throw new ProblemException(409, 'conflict', `This idea is ${idea.status.replace('_', ' ')}: it takes no votes.`);
    if (isAuthor && !rules.authorsMayVote)
      throw new ProblemException(409, 'conflict', 'Authors do not vote for their own ideas in this challenge.');
  }

  private async myVotes(manager: EntityManager, challengeId: string, voterId: string): Promise<MyVotes> {
    const [rules, votes] = await Promise.all([
      rulesOf(manager, challengeId),
      manager.find(IdeaVoteRow, { where: { challengeId, voterId }, order: { createdAt: 'ASC' } }),
    ]);
    return {
      challengeId,
      ideaIds: votes.map((vote) => vote.ideaId),
      voteLimit: rules.voteLimit,
      votesLeft: rules.voteLimit === null ? null : Math.max(0, rules.voteLimit - votes.length),
    };
  }
}

async function rulesOf(manager: EntityManager, challengeId: string): Promise<VotingRules> {
  const row = await manager.findOne(VotingRulesRow, { where: { challengeId } });
  return row ? { voteLimit: row.voteLimit, authorsMayVote: row.authorsMayVote } : DEFAULT_RULES;
}

function votingWindows({ row }: ChallengeAccess) {
  return (row.windows ?? []).filter((window) => window.kind === 'voting');
}

function isVotingOpen(challenge: ChallengeAccess, now: Date): boolean {
  return votingWindows(challenge).some((window) => isWindowOpen(challenge.row.state, window, now));
}

function votingHasOpened(challenge: ChallengeAccess, now: Date): boolean {
  return challenge.row.state !== 'draft' && votingWindows(challenge).some((window) => window.opensAt <= now);
}
