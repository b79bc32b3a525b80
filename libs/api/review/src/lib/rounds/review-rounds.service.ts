import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException, invalid } from '@crowdforge/api-platform';
import { NotificationsService } from '@crowdforge/api-engagement';
import type { Principal } from '@crowdforge/api-identity';
import { ChallengePolicy, ChallengesService } from '@crowdforge/api-challenges';
import { assignReviewers } from '@crowdforge/domain';
import {
  ORGANISATION_ROLES,
  roleAllows,
  type ReviewRoundView,
  type RoundReviewerView,
  type ShortlistedIdeaView,
} from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import {
  MAX_SHORTLIST,
  type ReviewRoundInputDto,
  type RoundReviewersDto,
  type ShortlistDto,
} from '../dto/review-round.dto';
import { ReviewRow } from '../reviews/review.entity';
import { reviewPool } from './review-pool';
import { ReviewRoundRow } from './review-round.entity';
import { assertRoundState, RoundAccessRule } from './round-access';
import { RoundIdeaRow } from './round-idea.entity';
import { RoundReviewerRow } from './round-reviewer.entity';
import { assertScorecard, scorecardFromCriteria } from './scorecard';

/** Ideas that are not in the running for a review. */
const NOT_REVIEWABLE = ['draft', 'withdrawn', 'merged'];
/** Organisation roles whose members may review (others need a reviewer grant). */
const REVIEWING_ROLES = ORGANISATION_ROLES.filter((role) => roleAllows(role, 'review:score'));

/**
 * A challenge's review funnel as its organisers run it: rounds with a scorecard, a shortlist and
 * reviewers, opened by assigning every idea its k reviewers in balance.
 */
@Injectable()
export class ReviewRounds {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly challenges: ChallengesService,
    private readonly access: RoundAccessRule,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, challengeId: string, input: ReviewRoundInputDto): Promise<ReviewRoundView> {
    const viewer = await this.policy.viewerFor(principal);
    const id = await this.entityManager.transaction(async (manager) => {
      // The challenge's row lock makes rounds of one challenge take their places one at a time.
      const challenge = await this.challenges.access(manager, viewer, challengeId, null, true);
      if (!challenge) throw new ProblemException(404, 'not_found', 'There is no such challenge.');
      if (!challenge.canManage)
        throw new ProblemException(403, 'forbidden', 'Only the organisers of the challenge set up review rounds.');
      const scorecard = input.scorecard ?? scorecardFromCriteria(challenge.row.criteria);
      assertScorecard(scorecard);
      const [{ next }]: { next: number }[] = await manager.query(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM review_rounds WHERE challenge_id = $1`,
        [challengeId],
      );
      const now = this.clock.now();
      const round = await manager.save(
        manager.create(ReviewRoundRow, {
          challengeId,
          position: next,
          name: input.name,
          state: 'setup',
          reviewersPerIdea: input.reviewersPerIdea,
          dueAt: input.dueAt ? new Date(input.dueAt) : null,
          blind: input.blind,
          scorecard,
          createdById: principal.userId,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.record(manager, 'review_round_created', round, { name: round.name, position: round.position });
      return round.id;
    });
    return this.view(principal, id);
  }

  /** Name and due date change any time; the scorecard, k and blindness only while the round is set up. */
  async update(principal: Principal, roundId: string, input: ReviewRoundInputDto): Promise<ReviewRoundView> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { round } = await this.access.requireOrganiser(manager, viewer, roundId, true);
      const scorecard = input.scorecard ?? round.scorecard;
      assertScorecard(scorecard);
      const fixed =
        input.reviewersPerIdea !== round.reviewersPerIdea ||
        input.blind !== round.blind ||
        JSON.stringify(scorecard) !== JSON.stringify(round.scorecard);
      if (fixed) assertRoundState(round, 'setup', 'only its name and due date can change now.');
      else if (round.state === 'closed') assertRoundState(round, 'open', 'nothing can change any more.');
      const before = { name: round.name, dueAt: round.dueAt?.toISOString() ?? null };
      Object.assign(round, {
        name: input.name,
        dueAt: input.dueAt ? new Date(input.dueAt) : null,
        reviewersPerIdea: input.reviewersPerIdea,
        blind: input.blind,
        scorecard,
        updatedAt: this.clock.now(),
      });
      await manager.save(round);
      await this.record(manager, 'review_round_updated', round, { before, fixedChanged: fixed });
    });
    return this.view(principal, roundId);
  }

  /** The challenge's rounds, in funnel order (organisers). */
  async list(principal: Principal, challengeId: string): Promise<ReviewRoundView[]> {
    const viewer = await this.policy.viewerFor(principal);
    const challenge = await this.challenges.access(this.entityManager, viewer, challengeId, null);
    if (!challenge) throw new ProblemException(404, 'not_found', 'There is no such challenge.');
    if (!challenge.canManage)
      throw new ProblemException(403, 'forbidden', 'Only the organisers of the challenge see its review rounds.');
    const rounds = await this.entityManager.find(ReviewRoundRow, {
      where: { challengeId },
      order: { position: 'ASC' },
    });
    return Promise.all(rounds.map((round) => this.viewOf(this.entityManager, round)));
  }

  async get(principal: Principal, roundId: string): Promise<ReviewRoundView> {
    return this.view(principal, roundId);
  }

  /** Replaces the shortlist: ideas by hand, or the challenge's ideas that pass the rules (setup only). */
  async setShortlist(principal: Principal, roundId: string, input: ShortlistDto): Promise<ShortlistedIdeaView[]> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { round } = await this.access.requireOrganiser(manager, viewer, roundId, true);
      assertRoundState(round, 'setup', 'its shortlist is fixed.');
      const ideaIds = input.ideaIds
        ? await this.chosenIdeas(manager, round, input.ideaIds, input)
        : await this.ideasByRules(manager, round, input);
      await manager.delete(RoundIdeaRow, { roundId });
      if (ideaIds.length > 0)
        await manager.insert(
          RoundIdeaRow,
          ideaIds.map((ideaId, position) => ({ roundId, ideaId, position })),
        );
      await this.record(manager, 'review_shortlist_set', round, {
        ideas: ideaIds.length,
        rules: { ...input, ideaIds: undefined },
      });
    });
    return this.shortlist(principal, roundId);
  }

  /** The shortlist with each idea's reviewers (organisers). */
  async shortlist(principal: Principal, roundId: string): Promise<ShortlistedIdeaView[]> {
    const viewer = await this.policy.viewerFor(principal);
    await this.access.requireOrganiser(this.entityManager, viewer, roundId);
    const rows: {
      idea_id: string;
      title: string;
      status: ShortlistedIdeaView['status'];
      vote_score: number;
      reviewers: ShortlistedIdeaView['reviewers'];
    }[] = await this.entityManager.query(
      `SELECT ri.idea_id, i.title, i.status, i.vote_score,
              coalesce((SELECT json_agg(json_build_object('userId', r.reviewer_id, 'displayName', u.display_name,
                                                          'state', r.state) ORDER BY r.assigned_at, u.display_name)
                          FROM reviews r JOIN users u ON u.id = r.reviewer_id
                         WHERE r.round_id = ri.round_id AND r.idea_id = ri.idea_id), '[]') AS reviewers
         FROM review_round_ideas ri JOIN ideas i ON i.id = ri.idea_id
        WHERE ri.round_id = $1 ORDER BY ri.position`,
      [roundId],
    );
    return rows.map((row) => ({
      ideaId: row.idea_id,
      title: row.title,
      status: row.status,
      voteScore: row.vote_score,
      reviewers: row.reviewers,
    }));
  }

  /** Replaces the round's reviewers (setup only): people who may review for the challenge's organisation. */
  async setReviewers(principal: Principal, roundId: string, input: RoundReviewersDto): Promise<RoundReviewerView[]> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { round } = await this.access.requireOrganiser(manager, viewer, roundId, true);
      assertRoundState(round, 'setup', 'its reviewers are fixed (a reviewer with a conflict is replaced).');
      const userIds = input.reviewers.map((reviewer) => reviewer.userId.toLowerCase());
      const repeated = userIds.findIndex((userId, index) => userIds.indexOf(userId) !== index);
      if (repeated >= 0) throw invalid([{ field: `reviewers.${repeated}.userId`, messages: ['each reviewer once'] }]);
      const eligible = await this.eligibleReviewers(manager, round, userIds);
      const refused = userIds.flatMap((userId, index) => (eligible.has(userId) ? [] : [index]));
      if (refused.length > 0)
        throw invalid(
          refused.map((index) => ({
            field: `reviewers.${index}.userId`,
            messages: [
              'not a reviewer here: a member of the organisation whose role reviews, or someone granted reviewing on the challenge or round',
            ],
          })),
        );
      await manager.delete(RoundReviewerRow, { roundId });
      if (userIds.length > 0)
        await manager.insert(
          RoundReviewerRow,
          input.reviewers.map((reviewer, position) => ({
            roundId,
            userId: userIds[position],
            expertise: reviewer.expertise,
            position,
          })),
        );
      await this.record(manager, 'review_reviewers_set', round, { reviewers: userIds });
    });
    return this.reviewers(principal, roundId);
  }

  async reviewers(principal: Principal, roundId: string): Promise<RoundReviewerView[]> {
    const viewer = await this.policy.viewerFor(principal);
    await this.access.requireOrganiser(this.entityManager, viewer, roundId);
    const rows: { user_id: string; display_name: string; expertise: string[]; assigned: number; submitted: number }[] =
      await this.entityManager.query(
        `SELECT rr.user_id, u.display_name, rr.expertise,
                count(r.id) FILTER (WHERE r.state <> 'conflict')::int AS assigned,
                count(r.id) FILTER (WHERE r.state = 'submitted')::int AS submitted
           FROM review_round_reviewers rr JOIN users u ON u.id = rr.user_id
           LEFT JOIN reviews r ON r.round_id = rr.round_id AND r.reviewer_id = rr.user_id
          WHERE rr.round_id = $1 GROUP BY rr.user_id, u.display_name, rr.expertise, rr.position ORDER BY rr.position`,
        [roundId],
      );
    return rows.map((row) => ({
      userId: row.user_id,
      displayName: row.display_name,
      expertise: row.expertise,
      assigned: row.assigned,
      submitted: row.submitted,
    }));
  }

  /**
   * Opens the round: every idea gets its k reviewers, never its authors or anyone who declared a
   * conflict on it, with reviewer loads within one of each other; 422 saying why when that is impossible.
   */
  async open(principal: Principal, roundId: string): Promise<ReviewRoundView> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { round } = await this.access.requireOrganiser(manager, viewer, roundId, true);
      assertRoundState(round, 'setup', 'it was opened already.');
      const pool = await reviewPool(manager, round);
      if (pool.ideas.length === 0)
        throw new ProblemException(
          422,
          'validation_failed',
          'The shortlist is empty: choose the ideas to review first.',
        );
      const result = assignReviewers({ ...pool, reviewersPerIdea: round.reviewersPerIdea });
      if (!result.ok) throw new ProblemException(422, 'validation_failed', result.message);
      const now = this.clock.now();
      await manager.insert(
        ReviewRow,
        result.assignments.map(({ ideaId, reviewerId }) => ({
          roundId,
          ideaId,
          reviewerId,
          state: 'assigned' as const,
          assignedAt: now,
          updatedAt: now,
        })),
      );
      round.state = 'open';
      round.updatedAt = now;
      await manager.save(round);
      await this.record(manager, 'review_round_opened', round, {
        assignments: result.assignments.length,
        expertiseMatches: result.expertiseMatches,
      });
      for (const [reviewerId, load] of result.loads) {
        if (load > 0) await this.tellAssigned(manager, round, reviewerId, load);
      }
    });
    return this.view(principal, roundId);
  }

  /** Closes an open round: scores are final. */
  async close(principal: Principal, roundId: string): Promise<ReviewRoundView> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { round } = await this.access.requireOrganiser(manager, viewer, roundId, true);
      assertRoundState(round, 'open', 'only an open round closes.');
      round.state = 'closed';
      round.updatedAt = this.clock.now();
      await manager.save(round);
      await this.record(manager, 'review_round_closed', round, {});
    });
    return this.view(principal, roundId);
  }

  private async view(principal: Principal, roundId: string): Promise<ReviewRoundView> {
    const viewer = await this.policy.viewerFor(principal);
    const { round } = await this.access.require(this.entityManager, viewer, roundId);
    return this.viewOf(this.entityManager, round);
  }

  private async viewOf(manager: EntityManager, round: ReviewRoundRow): Promise<ReviewRoundView> {
    const [counts]: { ideas: number; reviewers: number; assigned: number; submitted: number }[] = await manager.query(
      `SELECT (SELECT count(*) FROM review_round_ideas WHERE round_id = $1)::int AS ideas,
              (SELECT count(*) FROM review_round_reviewers WHERE round_id = $1)::int AS reviewers,
              (SELECT count(*) FROM reviews WHERE round_id = $1 AND state <> 'conflict')::int AS assigned,
              (SELECT count(*) FROM reviews WHERE round_id = $1 AND state = 'submitted')::int AS submitted`,
      [round.id],
    );
    return {
      id: round.id,
      challengeId: round.challengeId,
      position: round.position,
      name: round.name,
      state: round.state,
      reviewersPerIdea: round.reviewersPerIdea,
      dueAt: round.dueAt?.toISOString() ?? null,
      blind: round.blind,
      scorecard: round.scorecard,
      ideaCount: counts.ideas,
      reviewerCount: counts.reviewers,
      progress: { assigned: counts.assigned, submitted: counts.submitted },
      createdAt: round.createdAt.toISOString(),
    };
  }

  /** The ideas given, in order: each an idea of the challenge in the running, else 400 naming it. */
  private async chosenIdeas(
    manager: EntityManager,
    round: ReviewRoundRow,
    ideaIds: string[],
    input: ShortlistDto,
  ): Promise<string[]> {
    if (input.top !== undefined || input.statuses || input.minVoteScore !== undefined)
      throw invalid([{ field: 'ideaIds', messages: ['either ideas by hand or rules, not both'] }]);
    const ids = ideaIds.map((id) => id.toLowerCase());
    const found: { id: string }[] = await manager.query(
      `SELECT id FROM ideas WHERE id = ANY($1) AND challenge_id = $2 AND status <> ALL($3)`,
      [ids, round.challengeId, NOT_REVIEWABLE],
    );
    const known = new Set(found.map((row) => row.id));
    const wrong = ids.flatMap((id, index) => (known.has(id) ? [] : [index]));
    if (wrong.length > 0)
      throw invalid(
        wrong.map((index) => ({
          field: `ideaIds.${index}`,
          messages: ['not a submitted idea of this challenge'],
        })),
      );
    return ids;
  }

  /** The challenge's ideas in the running that pass every rule, in the crowd's order. */
  private async ideasByRules(manager: EntityManager, round: ReviewRoundRow, input: ShortlistDto): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM ideas
        WHERE challenge_id = $1 AND status <> ALL($2)
          AND ($3::text[] IS NULL OR status = ANY($3)) AND ($4::float8 IS NULL OR vote_score >= $4)
        ORDER BY vote_score DESC, created_at DESC, id DESC LIMIT $5`,
      [
        round.challengeId,
        NOT_REVIEWABLE,
        input.statuses ?? null,
        input.minVoteScore ?? null,
        input.top ?? MAX_SHORTLIST,
      ],
    );
    if (rows.length === 0)
      throw new ProblemException(422, 'validation_failed', 'No idea of the challenge passes these rules.');
    return rows.map((row) => row.id);
  }

  private async eligibleReviewers(
    manager: EntityManager,
    round: ReviewRoundRow,
    userIds: string[],
  ): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `SELECT u.id FROM users u
        WHERE u.id = ANY($1) AND u.deleted_at IS NULL AND (
          EXISTS (SELECT 1 FROM memberships m JOIN challenges c ON c.organisation_id = m.organisation_id
                   WHERE c.id = $2 AND m.user_id = u.id AND m.role = ANY($4))
          OR EXISTS (SELECT 1 FROM grants g
                      WHERE g.user_id = u.id AND g.role IN ('reviewer', 'manager')
                        AND ((g.scope = 'challenge' AND g.scope_id = $2) OR (g.scope = 'review_round' AND g.scope_id = $3))))`,
      [userIds, round.challengeId, round.id, REVIEWING_ROLES],
    );
    return new Set(rows.map((row) => row.id));
  }

  private async tellAssigned(
    manager: EntityManager,
    round: ReviewRoundRow,
    reviewerId: string,
    load: number,
  ): Promise<void> {
    const due = round.dueAt ? ` (${round.dueAt.toISOString().slice(0, 10)})` : '';
    await this.notifications.notify(
      reviewerId,
      {
        type: 'review_assignment',
        title: {
          en: `${load} ideas to review in “${round.name}”`,
          nl: `${load} ideeën te beoordelen in “${round.name}”`,
        },
        body: {
          en: `You have been asked to review ${load} ideas${due}. Your queue lists them.`,
          nl: `Je bent gevraagd ${load} ideeën te beoordelen${due}. Je wachtrij toont ze.`,
        },
        link: '/reviews',
      },
      { manager },
    );
  }

  private record(manager: EntityManager, action: string, round: ReviewRoundRow, data: Record<string, unknown>) {
    return this.audit.append(
      { action, objectType: 'review_round', objectId: round.id, data: { challengeId: round.challengeId, ...data } },
      manager,
    );
  }
}
