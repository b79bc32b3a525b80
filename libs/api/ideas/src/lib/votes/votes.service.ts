import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import { ChallengePolicy, ChallengesService, notFound, type ChallengeAccess } from '@crowdforge/api-challenges';
import { VOTABLE_STATUSES, type MyVotes, type VotingRules } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { IdeaAccessRule, type IdeaAccess } from '../idea-access';
import { isPhaseOpen } from '../idea-rules';
import { IdeaVoteRow } from './idea-vote.entity';
import { VotingRulesRow } from './voting-rules.entity';

const DEFAULT_RULES: VotingRules = { voteLimit: null, authorsMayVote: false };

/**
 * Support votes: one per person and idea (the primary key), while the voting window is open, within
 * the challenge's per-person limit. Where there is a limit, each person's votes in a challenge are
 * serialised by an advisory lock, so parallel requests cannot exceed it; votes of different people
 * (even on one hot idea) never wait for each other: there is no counter row to lock (ADR 11).
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
    const access = await this.access.require(this.entityManager, viewer, ideaId);
    const { challengeId } = access.idea;
    const rules = await rulesOf(this.entityManager, challengeId);
    this.assertMayVote(access, rules);
    const vote = { ideaId, voterId: principal.userId, challengeId, createdAt: this.clock.now() };
    if (value === null) {
      await this.entityManager.delete(IdeaVoteRow, { ideaId, voterId: principal.userId });
    } else if (rules.voteLimit === null) {
      // The primary key is all it takes: one statement, no lock.
      await this.entityManager.createQueryBuilder().insert().into(IdeaVoteRow).values(vote).orIgnore().execute();
    } else {
      await this.voteWithinLimit(vote, rules.voteLimit);
    }
    return this.myVotes(challengeId, principal.userId, rules);
  }

  /** One person's votes in a challenge take turns (an advisory lock), so parallel ones cannot pass the limit. */
  private async voteWithinLimit(vote: Omit<IdeaVoteRow, 'idea' | 'voter' | 'challenge'>, limit: number): Promise<void> {
    await this.entityManager.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `votes:${vote.challengeId}:${vote.voterId}`,
      ]);
      const [outcome]: { voted: boolean; added: boolean }[] = await manager.query(
        `WITH used AS (
           SELECT count(*) AS n, coalesce(bool_or(idea_id = $1), false) AS voted
             FROM idea_votes WHERE challenge_id = $3 AND voter_id = $2),
         added AS (
           INSERT INTO idea_votes (idea_id, voter_id, challenge_id, created_at)
           SELECT $1, $2, $3, $4 FROM used WHERE NOT used.voted AND used.n < $5
           ON CONFLICT DO NOTHING RETURNING 1)
         SELECT used.voted, EXISTS (SELECT 1 FROM added) AS added FROM used`,
        [vote.ideaId, vote.voterId, vote.challengeId, vote.createdAt, limit],
      );
      if (!outcome.voted && !outcome.added)
        throw new ProblemException(
          409,
          'conflict',
          `You have used all ${limit} of your votes in this challenge: take one back to vote for this idea.`,
        );
    });
  }

  async mine(principal: Principal, challengeId: string, key: string | null): Promise<MyVotes> {
    const viewer = await this.policy.viewerFor(principal);
    const access = await this.challenges.access(this.entityManager, viewer, challengeId, key);
    if (!access) throw notFound();
    return this.myVotes(challengeId, principal.userId, await rulesOf(this.entityManager, challengeId));
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
    if (!isPhaseOpen(challenge, 'voting', this.clock.now()))
      throw new ProblemException(409, 'conflict', 'Voting is not open for this challenge.');
    if (!VOTABLE_STATUSES.includes(idea.status))
      throw new ProblemException(409, 'conflict', `This idea is ${idea.status.replace('_', ' ')}: it takes no votes.`);
    if (isAuthor && !rules.authorsMayVote)
      throw new ProblemException(409, 'conflict', 'Authors do not vote for their own ideas in this challenge.');
  }

  private async myVotes(challengeId: string, voterId: string, rules: VotingRules): Promise<MyVotes> {
    const votes = await this.entityManager.find(IdeaVoteRow, {
      where: { challengeId, voterId },
      order: { createdAt: 'ASC', ideaId: 'ASC' },
    });
    return {
      challengeId,
      ideaIds: votes.map((vote) => vote.ideaId),
      ...rules,
      votesLeft: rules.voteLimit === null ? null : Math.max(0, rules.voteLimit - votes.length),
    };
  }
}

async function rulesOf(manager: EntityManager, challengeId: string): Promise<VotingRules> {
  const row = await manager.findOne(VotingRulesRow, { where: { challengeId } });
  return row ? { voteLimit: row.voteLimit, authorsMayVote: row.authorsMayVote } : DEFAULT_RULES;
}

function votingHasOpened({ row }: ChallengeAccess, now: Date): boolean {
  return (
    row.state !== 'draft' && (row.windows ?? []).some((window) => window.kind === 'voting' && window.opensAt <= now)
  );
}
