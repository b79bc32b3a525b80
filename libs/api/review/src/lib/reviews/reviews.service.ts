import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException, renderMarkdown } from '@crowdforge/api-platform';
import { NotificationsService } from '@crowdforge/api-engagement';
import type { Principal } from '@crowdforge/api-identity';
import { organiserIdsOf } from '@crowdforge/api-challenges';
import { attachmentsOf, authorsOf, IdeaRow, withNeutralNames } from '@crowdforge/api-ideas';
import { replaceReviewer } from '@crowdforge/domain';
import type { ConflictOutcome, ReviewedIdea, ReviewQueueItem, ReviewView } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import type { ReviewInputDto } from '../dto/review.dto';
import { reviewPool } from '../rounds/review-pool';
import { ReviewRoundRow } from '../rounds/review-round.entity';
import { assertRoundState } from '../rounds/round-access';
import { assertScores, weightedScoreOf } from '../rounds/scorecard';
import { ReviewRow } from './review.entity';

const reviewNotFound = () => new ProblemException(404, 'not_found', 'There is no such review.');

/**
 * A reviewer's own work: the queue, the idea beside the scorecard, draft scores, submission, and
 * declaring a conflict of interest (the idea goes to another reviewer). Nobody reads a review here
 * but its reviewer; other reviewers' scores are never part of it.
 */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Open and closed rounds' reviews of the caller, what is still to do first, by due date. */
  async queue(principal: Principal): Promise<ReviewQueueItem[]> {
    const rows: {
      id: string;
      round_id: string;
      round_name: string;
      challenge_id: string;
      challenge_title: string;
      idea_id: string;
      idea_title: string;
      state: ReviewQueueItem['state'];
      due_at: Date | null;
    }[] = await this.entityManager.query(
      `SELECT r.id, r.round_id, o.name AS round_name, o.challenge_id, c.title AS challenge_title,
              r.idea_id, i.title AS idea_title, r.state, o.due_at
         FROM reviews r JOIN review_rounds o ON o.id = r.round_id
         JOIN challenges c ON c.id = o.challenge_id JOIN ideas i ON i.id = r.idea_id
        WHERE r.reviewer_id = $1 AND r.state <> 'conflict' AND o.state <> 'setup'
        ORDER BY r.state = 'submitted', o.state = 'closed', o.due_at NULLS LAST, o.created_at, r.assigned_at, r.id`,
      [principal.userId],
    );
    return rows.map((row) => ({
      reviewId: row.id,
      roundId: row.round_id,
      roundName: row.round_name,
      challengeId: row.challenge_id,
      challengeTitle: row.challenge_title,
      ideaId: row.idea_id,
      ideaTitle: row.idea_title,
      state: row.state,
      dueAt: row.due_at?.toISOString() ?? null,
    }));
  }

  async get(principal: Principal, reviewId: string): Promise<ReviewView> {
    const { review, round } = await this.own(this.entityManager, principal, reviewId);
    return this.view(review, round);
  }

  /** Saves the scores as a draft; a submitted review stays submitted and must stay complete. */
  async save(principal: Principal, reviewId: string, input: ReviewInputDto): Promise<ReviewView> {
    return this.write(principal, reviewId, input, false);
  }

  async submit(principal: Principal, reviewId: string, input: ReviewInputDto): Promise<ReviewView> {
    return this.write(principal, reviewId, input, true);
  }

  /**
   * Declares a conflict of interest: the review is set aside, the idea goes to the least loaded
   * reviewer of the round who may review it, and the organisers are told (also when nobody can).
   */
  async declareConflict(principal: Principal, reviewId: string, reason: string): Promise<ConflictOutcome> {
    return this.entityManager.transaction(async (manager) => {
      const { review, round } = await this.own(manager, principal, reviewId, true);
      assertRoundState(round, 'open', 'conflicts are declared while it is open.');
      if (review.state === 'submitted')
        throw new ProblemException(409, 'conflict', 'This review was submitted: ask the organisers to set it aside.');
      const pool = await reviewPool(manager, round);
      const ideas = pool.ideas.map((idea) =>
        idea.id === review.ideaId ? { ...idea, excluded: [...idea.excluded, review.reviewerId] } : idea,
      );
      const replacement = replaceReviewer({ ...pool, ideas }, review.ideaId, review.reviewerId);
      const now = this.clock.now();
      Object.assign(review, { state: 'conflict', conflictReason: reason, scores: [], comment: '', updatedAt: now });
      await manager.save(review);
      const replacedBy = replacement.ok ? replacement.reviewerId : null;
      if (replacedBy) {
        await manager.insert(ReviewRow, {
          roundId: round.id,
          ideaId: review.ideaId,
          reviewerId: replacedBy,
          state: 'assigned',
          assignedAt: now,
          updatedAt: now,
        });
        await this.tellReplacement(manager, round, replacedBy);
      }
      await this.audit.append(
        {
          action: 'review_conflict_declared',
          objectType: 'review',
          objectId: review.id,
          data: { roundId: round.id, ideaId: review.ideaId, reason, replacedBy },
        },
        manager,
      );
      await this.tellOrganisers(manager, round, review.ideaId, replacedBy !== null);
      return { replaced: replacedBy !== null };
    });
  }

  private async write(principal: Principal, reviewId: string, input: ReviewInputDto, submit: boolean) {
    await this.entityManager.transaction(async (manager) => {
      const { review, round } = await this.own(manager, principal, reviewId, true);
      assertRoundState(round, 'open', 'reviews are scored while it is open.');
      const final = submit || review.state === 'submitted';
      assertScores(round.scorecard, input.scores, final);
      const now = this.clock.now();
      const before =
        review.state === 'submitted' ? { scores: review.scores, weightedScore: review.weightedScore } : null;
      Object.assign(review, {
        scores: input.scores,
        comment: input.comment,
        updatedAt: now,
        ...(final
          ? {
              state: 'submitted',
              submittedAt: review.submittedAt ?? now,
              weightedScore: weightedScoreOf(round.scorecard, input.scores),
            }
          : { state: 'draft' }),
      });
      await manager.save(review);
      // Drafts are the reviewer's work in progress; what counts is audited: each submission and change after it.
      if (final)
        await this.audit.append(
          {
            action: before ? 'review_changed' : 'review_submitted',
            objectType: 'review',
            objectId: review.id,
            data: {
              roundId: round.id,
              ideaId: review.ideaId,
              before,
              scores: review.scores,
              weightedScore: review.weightedScore,
            },
          },
          manager,
        );
    });
    return this.get(principal, reviewId);
  }

  /** The caller's own review (not one set aside for a conflict) with its round; 404 for anyone else. */
  private async own(manager: EntityManager, principal: Principal, reviewId: string, lock = false) {
    const review = await manager.findOne(ReviewRow, { where: { id: reviewId } });
    if (!review || review.reviewerId !== principal.userId || review.state === 'conflict') throw reviewNotFound();
    // The round's lock serialises the writes of one round (replacements read its loads).
    const round = await manager.findOne(ReviewRoundRow, {
      where: { id: review.roundId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!round || round.state === 'setup') throw reviewNotFound();
    const current = lock ? await manager.findOneOrFail(ReviewRow, { where: { id: reviewId } }) : review;
    if (current.state === 'conflict') throw reviewNotFound();
    return { review: current, round };
  }

  private async view(review: ReviewRow, round: ReviewRoundRow): Promise<ReviewView> {
    return {
      id: review.id,
      round: {
        id: round.id,
        name: round.name,
        challengeId: round.challengeId,
        state: round.state,
        dueAt: round.dueAt?.toISOString() ?? null,
        blind: round.blind,
        scorecard: round.scorecard,
      },
      idea: await this.reviewedIdea(review.ideaId, round.blind),
      state: review.state,
      scores: review.scores,
      comment: review.comment,
      submittedAt: review.submittedAt?.toISOString() ?? null,
      weightedScore: review.weightedScore,
    };
  }

  /** The idea under review; in a blind round without its authors, and its files under neutral names. */
  private async reviewedIdea(ideaId: string, blind: boolean): Promise<ReviewedIdea> {
    const manager = this.entityManager;
    const idea = await manager.findOneOrFail(IdeaRow, { where: { id: ideaId } });
    const attachments = await attachmentsOf(manager, ideaId);
    return {
      id: idea.id,
      title: idea.title,
      pitch: idea.pitch,
      description: { markdown: idea.description, html: renderMarkdown(idea.description) },
      fields: idea.fields,
      tags: idea.tags,
      attachments: blind ? withNeutralNames(attachments) : attachments,
      authors: blind
        ? null
        : (await authorsOf(manager, ideaId)).map((author) => ({ id: author.id, displayName: author.display_name })),
    };
  }

  private async tellReplacement(manager: EntityManager, round: ReviewRoundRow, reviewerId: string): Promise<void> {
    await this.notifications.notify(
      reviewerId,
      {
        type: 'review_assignment',
        title: {
          en: `One more idea to review in “${round.name}”`,
          nl: `Nog een idee te beoordelen in “${round.name}”`,
        },
        body: {
          en: 'A reviewer declared a conflict of interest; the idea is now in your queue.',
          nl: 'Een beoordelaar meldde een belangenconflict; het idee staat nu in je wachtrij.',
        },
        link: '/reviews',
      },
      { manager },
    );
  }

  private async tellOrganisers(manager: EntityManager, round: ReviewRoundRow, ideaId: string, replaced: boolean) {
    const outcome = replaced
      ? { en: 'Another reviewer took the idea over.', nl: 'Een andere beoordelaar nam het idee over.' }
      : {
          en: 'Nobody else in the round may review it: add a reviewer.',
          nl: 'Niemand anders in de ronde mag het beoordelen: voeg een beoordelaar toe.',
        };
    for (const organiserId of await organiserIdsOf(manager, round.challengeId)) {
      await this.notifications.notify(
        organiserId,
        {
          type: 'review_assignment',
          title: { en: `A conflict of interest in “${round.name}”`, nl: `Een belangenconflict in “${round.name}”` },
          body: outcome,
          link: `/challenges/${round.challengeId}/review?round=${round.id}&idea=${ideaId}`,
        },
        { manager },
      );
    }
  }
}
