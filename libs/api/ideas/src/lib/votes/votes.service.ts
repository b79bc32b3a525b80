import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import {
  ChallengePolicy,
  ChallengesService,
  notFound,
  type ChallengeAccess,
  assertNotSuspended,
} from '@crowdforge/api-challenges';
import {
  VOTABLE_STATUSES,
  isValidVoteValue,
  type MyVotes,
  type VotingOverview,
  type VotingRules,
} from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { IdeaVoteRow } from './idea-vote.entity';
import { VoteOrigins } from './integrity/vote-origins';
import { rulesOf, saveRules } from './voting-rules';
import { VoteTallies } from './tallies/vote-tallies.service';
import { voteFacts, type VoteFacts } from './casting/vote-facts';
import { VoteGroupCommit } from './casting/vote-group-commit';
import { writeVotes, type HeldVote, type Vote } from './casting/write-votes';
import { talliesHidden } from './tallies/tally-view';

/**
 * Votes: one per person and idea (the primary key), while the voting window is open, with a value
 * that suits the challenge's mode (support, up/down, stars, tokens). Where a quota applies (a
 * vote limit, a token budget), each person's votes in a challenge are serialised by an advisory
 * lock, so parallel requests cannot exceed it; votes of different people (even on one hot idea)
 * never wait for each other: there is no counter row to lock (ADR 11).
 */
@Injectable()
export class VotesService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly challenges: ChallengesService,
    private readonly groupCommit: VoteGroupCommit,
    private readonly audit: AuditService,
    private readonly tallies: VoteTallies,
    private readonly clock: Clock,
    private readonly origins: VoteOrigins,
  ) {}

  /** Casts or changes the caller's vote (idempotent), or takes it back (`null`). */
  async vote(principal: Principal, ideaId: string, value: number | null): Promise<MyVotes> {
    const viewer = await this.policy.viewerFor(principal);
    const facts = await voteFacts(this.entityManager, viewer, ideaId, this.clock.now());
    const { challengeId, rules } = facts;
    this.assertMayVote(facts);
    let held: HeldVote[];
    if (value === null) {
      await this.entityManager.delete(IdeaVoteRow, { ideaId, voterId: principal.userId });
      held = await heldVotes(this.entityManager, challengeId, principal.userId);
    } else {
      assertValue(rules, value);
      const origin = this.origins.ofCurrentRequest();
      const vote = { ideaId, voterId: principal.userId, challengeId, value, at: this.clock.now(), origin };
      if (rules.mode === 'tokens' || rules.voteLimit !== null) held = await this.voteWithinQuota(vote, rules);
      // The primary key is all it takes: no lock, and votes arriving together share one statement.
      else held = await this.groupCommit.commit(vote);
    }
    this.tallies.noteChange(challengeId, ideaId);
    return toMyVotes(challengeId, rules, held);
  }

  /** One person's votes in a challenge take turns (an advisory lock), so parallel ones cannot pass the quota. */
  private async voteWithinQuota(vote: Vote, rules: VotingRules): Promise<HeldVote[]> {
    return this.entityManager.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `votes:${vote.challengeId}:${vote.voterId}`,
      ]);
      const [others]: { ideas: number; tokens: number }[] = await manager.query(
        `SELECT count(*)::int AS ideas, coalesce(sum(value), 0)::int AS tokens
           FROM idea_votes WHERE challenge_id = $1 AND voter_id = $2 AND idea_id <> $3`,
        [vote.challengeId, vote.voterId, vote.ideaId],
      );
      assertWithinQuota(rules, others, vote.value);
      return writeVotes(manager, [vote]);
    });
  }

  async mine(principal: Principal, challengeId: string, key: string | null): Promise<MyVotes> {
    const viewer = await this.policy.viewerFor(principal);
    const access = await this.challenges.access(this.entityManager, viewer, challengeId, key);
    if (!access) throw notFound();
    const rules = await rulesOf(this.entityManager, challengeId);
    return toMyVotes(challengeId, rules, await heldVotes(this.entityManager, challengeId, principal.userId));
  }

  /** The rules are public to whoever sees the challenge; tallies are shown unless blind voting hides them. */
  async overview(principal: Principal | null, challengeId: string, key: string | null): Promise<VotingOverview> {
    const viewer = await this.policy.viewerFor(principal);
    const access = await this.challenges.access(this.entityManager, viewer, challengeId, key);
    if (!access) throw notFound();
    const rules = await rulesOf(this.entityManager, challengeId);
    const hidden = await talliesHidden(this.entityManager, challengeId, this.clock.now());
    return { rules, talliesShown: access.canManage || !hidden };
  }

  /** The organisers set the rules until voting opens; they never change under votes already cast. */
  async setRules(principal: Principal, challengeId: string, rules: VotingRules): Promise<VotingRules> {
    const viewer = await this.policy.viewerFor(principal);
    return this.entityManager.transaction(async (manager) => {
      const access = await this.challenges.requireManageable(manager, viewer, challengeId);
      if (votingHasOpened(access, this.clock.now()) || (await hasVotes(manager, challengeId)))
        throw new ProblemException(409, 'conflict', 'Voting has opened: its rules can no longer change.');
      const saved = await saveRules(manager, challengeId, rules);
      await this.audit.append(
        { action: 'challenge.voting_rules', objectType: 'challenge', objectId: challengeId, data: { ...saved } },
        manager,
      );
      return saved;
    });
  }

  private assertMayVote({ status, isAuthor, mayVote, votingOpen, rules, hidden, suspendedUntil }: VoteFacts): void {
    assertNotSuspended(suspendedUntil);
    if (hidden) throw new ProblemException(409, 'conflict', 'A moderator hid this idea: it takes no votes.');
    if (!mayVote) throw new ProblemException(403, 'forbidden', 'Only the audience of the challenge votes.');
    if (!votingOpen) throw new ProblemException(409, 'conflict', 'Voting is not open for this challenge.');
    if (!VOTABLE_STATUSES.includes(status))
      throw new ProblemException(409, 'conflict', `This idea is ${status.replace('_', ' ')}: it takes no votes.`);
    if (rules.mode === 'pairwise')
      throw new ProblemException(
        409,
        'conflict',
        'This challenge compares ideas in pairs: it takes no votes on one idea.',
      );
    if (isAuthor && !rules.authorsMayVote)
      throw new ProblemException(409, 'conflict', 'Authors do not vote for their own ideas in this challenge.');
  }
}

async function heldVotes(manager: EntityManager, challengeId: string, voterId: string): Promise<HeldVote[]> {
  const rows = await manager.find(IdeaVoteRow, { where: { challengeId, voterId } });
  return rows.map(({ ideaId, value, createdAt }) => ({ challengeId, voterId, ideaId, value, createdAt }));
}

/** The caller's votes in the challenge (oldest first) and what they have left. */
function toMyVotes(challengeId: string, rules: VotingRules, held: HeldVote[]): MyVotes {
  const votes = [...held].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.ideaId < b.ideaId ? -1 : a.ideaId > b.ideaId ? 1 : 0),
  );
  const tokensPlaced = votes.reduce((sum, vote) => sum + vote.value, 0);
  return {
    challengeId,
    ...rules,
    votes: votes.map(({ ideaId, value }) => ({ ideaId, value })),
    votesLeft: rules.voteLimit === null ? null : Math.max(0, rules.voteLimit - votes.length),
    tokensLeft: rules.tokenBudget === null ? null : Math.max(0, rules.tokenBudget - tokensPlaced),
  };
}

const VALUE_RULES: Record<VotingRules['mode'], (rules: VotingRules) => string> = {
  support: () => 'A vote in this challenge supports an idea: its value is 1.',
  up_down: () => 'A vote in this challenge is 1 (for) or -1 (against).',
  stars: () => 'A vote in this challenge is a rating of 1 to 5 stars.',
  tokens: (rules) => `A vote in this challenge puts 1 to ${rules.tokensPerIdea} tokens on an idea.`,
  pairwise: () => 'This challenge compares ideas in pairs: it takes no votes on one idea.',
};

function assertValue(rules: VotingRules, value: number): void {
  if (isValidVoteValue(rules, value)) return;
  const message = VALUE_RULES[rules.mode](rules);
  throw new ProblemException(400, 'validation_failed', message, [{ field: 'value', messages: [message] }]);
}

/** `others`: the caller's votes in the challenge on other ideas than this one. */
function assertWithinQuota(rules: VotingRules, others: { ideas: number; tokens: number }, value: number): void {
  if (rules.tokenBudget !== null && others.tokens + value > rules.tokenBudget)
    throw new ProblemException(
      409,
      'conflict',
      `You have ${rules.tokenBudget - others.tokens} of your ${rules.tokenBudget} tokens left for this idea: ` +
        'take tokens back from another idea to put more here.',
    );
  if (rules.voteLimit !== null && others.ideas >= rules.voteLimit)
    throw new ProblemException(
      409,
      'conflict',
      `You have used all ${rules.voteLimit} of your votes in this challenge: take one back to vote for this idea.`,
    );
}

async function hasVotes(manager: EntityManager, challengeId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM idea_votes WHERE challenge_id = $1
     UNION ALL SELECT 1 FROM idea_comparisons WHERE challenge_id = $1 AND outcome IS NOT NULL LIMIT 1`,
    [challengeId],
  );
  return rows.length > 0;
}

function votingHasOpened({ row }: ChallengeAccess, now: Date): boolean {
  return (
    row.state !== 'draft' && (row.windows ?? []).some((window) => window.kind === 'voting' && window.opensAt <= now)
  );
}
