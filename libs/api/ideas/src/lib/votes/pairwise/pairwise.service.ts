import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Clock, ProblemException } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import {
  ChallengePolicy,
  ChallengesService,
  notFound,
  type ChallengeAccess,
  type Viewer,
  assertNotSuspended,
} from '@crowdforge/api-challenges';
import type { ComparisonAnswer, ComparisonRecorded, PairPrompt, VotingRules } from '@crowdforge/contracts';
import { chooseNextPair, pairKey } from '@crowdforge/domain';
import { IsNull, type EntityManager } from 'typeorm';
import { VoteTallies } from '../tallies/vote-tallies.service';
import { talliesHidden } from '../tallies/tally-view';
import { assertVotingOpenTo } from '../voting-access';
import { rulesOf } from '../voting-rules';
import { IdeaComparisonRow } from './idea-comparison.entity';
import { pairCandidates, type PairCandidateIdea } from './pair-candidates';

interface Voting {
  viewer: Viewer;
  voterId: string;
  challenge: ChallengeAccess;
  rules: VotingRules;
}

const noSuchPrompt = () => new ProblemException(404, 'not_found', 'There is no such pair for you in this challenge.');

/**
 * Pairwise voting (ADR 14): the server puts a pair to the voter as a prompt with an id, chosen to
 * favour ideas compared least and close calls, never a pair the voter already answered; the answer
 * names the prompt, so a retried answer is recorded once. A voter has one open prompt per
 * challenge, which is shown again until it is answered.
 */
@Injectable()
export class PairwiseService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly challenges: ChallengesService,
    private readonly tallies: VoteTallies,
    private readonly clock: Clock,
  ) {}

  /** The voter's open prompt, or a new one; null when they have answered every pair they may. */
  async nextPair(principal: Principal, challengeId: string): Promise<PairPrompt | null> {
    const voting = await this.votingFor(principal, challengeId);
    const candidates = await this.candidatesFor(voting);
    const open = await this.entityManager.findOne(IdeaComparisonRow, {
      where: { challengeId, voterId: voting.voterId, outcome: IsNull() },
    });
    if (open) {
      const prompt = await this.promptOf(open, candidates);
      if (prompt) return prompt;
      // One of its ideas left the running or the voter's sight: the unanswered pair is dropped.
      await this.entityManager.delete(IdeaComparisonRow, { id: open.id, outcome: IsNull() });
    }
    const seen = await this.answeredPairs(challengeId, voting.voterId);
    const pair = chooseNextPair(candidates, Math.random, seen);
    if (!pair) return null;
    await this.entityManager.query(
      `INSERT INTO idea_comparisons (id, challenge_id, voter_id, left_idea_id, right_idea_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (challenge_id, voter_id) WHERE outcome IS NULL DO NOTHING`,
      [randomUUID(), challengeId, voting.voterId, pair[0], pair[1], this.clock.now()],
    );
    // When a parallel request opened a prompt first, that one is the voter's; if it was answered meanwhile, once more.
    const row = await this.entityManager.findOne(IdeaComparisonRow, {
      where: { challengeId, voterId: voting.voterId, outcome: IsNull() },
    });
    return row ? this.promptOf(row, candidates) : this.nextPair(principal, challengeId);
  }

  /** Records the answer to a prompt once; the same answer again changes nothing. */
  async answer(principal: Principal, challengeId: string, answer: ComparisonAnswer): Promise<ComparisonRecorded> {
    const voting = await this.votingFor(principal, challengeId);
    assertNotSuspended(voting.challenge.suspendedUntil);
    const prompt = await this.entityManager.findOne(IdeaComparisonRow, {
      where: { id: answer.promptId, challengeId, voterId: voting.voterId },
    });
    if (!prompt) throw noSuchPrompt();
    if (prompt.outcome === null) {
      const candidates = new Set((await this.candidatesFor(voting)).map((idea) => idea.id));
      if (!candidates.has(prompt.leftIdeaId) || !candidates.has(prompt.rightIdeaId))
        throw new ProblemException(
          409,
          'conflict',
          'One of these ideas takes no votes any more: ask for another pair.',
        );
      await this.entityManager.query(
        `UPDATE idea_comparisons SET outcome = $2, answered_at = $3 WHERE id = $1 AND outcome IS NULL`,
        [prompt.id, answer.choice, this.clock.now()],
      );
      this.tallies.noteChange(challengeId, prompt.leftIdeaId);
      this.tallies.noteChange(challengeId, prompt.rightIdeaId);
    }
    const recorded = await this.entityManager.findOneOrFail(IdeaComparisonRow, { where: { id: prompt.id } });
    if (recorded.outcome !== answer.choice)
      throw new ProblemException(409, 'conflict', 'You already answered this pair otherwise; an answer is final.');
    return {
      promptId: recorded.id,
      choice: recorded.outcome,
      compared: await this.compared(challengeId, voting.voterId),
    };
  }

  private async votingFor(principal: Principal, challengeId: string): Promise<Voting> {
    const viewer = await this.policy.viewerFor(principal);
    const challenge = await this.challenges.access(this.entityManager, viewer, challengeId, null);
    if (!challenge) throw notFound();
    const rules = await rulesOf(this.entityManager, challengeId);
    if (rules.mode !== 'pairwise')
      throw new ProblemException(409, 'conflict', 'This challenge does not compare ideas in pairs: vote on each idea.');
    assertVotingOpenTo(challenge, this.clock.now());
    return { viewer, voterId: principal.userId, challenge, rules };
  }

  /** In blind voting the choice ignores the strengths, so the pairs shown say nothing of the order. */
  private async candidatesFor({ viewer, challenge, rules }: Voting): Promise<PairCandidateIdea[]> {
    const candidates = await pairCandidates(this.entityManager, viewer, challenge, rules);
    if (!(await talliesHidden(this.entityManager, challenge.row.id, this.clock.now()))) return candidates;
    return candidates.map((candidate) => ({ ...candidate, strength: 1 }));
  }

  private async promptOf(row: IdeaComparisonRow, candidates: PairCandidateIdea[]): Promise<PairPrompt | null> {
    const left = candidates.find((idea) => idea.id === row.leftIdeaId);
    const right = candidates.find((idea) => idea.id === row.rightIdeaId);
    if (!left || !right) return null;
    return {
      promptId: row.id,
      challengeId: row.challengeId,
      left: { id: left.id, title: left.title, pitch: left.pitch },
      right: { id: right.id, title: right.title, pitch: right.pitch },
      compared: await this.compared(row.challengeId, row.voterId),
    };
  }

  private async answeredPairs(challengeId: string, voterId: string): Promise<Set<string>> {
    const rows: { left_idea_id: string; right_idea_id: string }[] = await this.entityManager.query(
      `SELECT left_idea_id, right_idea_id FROM idea_comparisons
        WHERE challenge_id = $1 AND voter_id = $2 AND outcome IS NOT NULL`,
      [challengeId, voterId],
    );
    return new Set(rows.map((row) => pairKey(row.left_idea_id, row.right_idea_id)));
  }

  private async compared(challengeId: string, voterId: string): Promise<number> {
    const [{ count }]: { count: number }[] = await this.entityManager.query(
      `SELECT count(*)::int AS count FROM idea_comparisons
        WHERE challenge_id = $1 AND voter_id = $2 AND outcome IS NOT NULL`,
      [challengeId, voterId],
    );
    return count;
  }
}
