import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException } from '@crowdforge/api-platform';
import { NotificationsService } from '@crowdforge/api-engagement';
import type { Principal } from '@crowdforge/api-identity';
import { ChallengePolicy } from '@crowdforge/api-challenges';
import { IdeaAccessRule, IdeaStatusService, type IdeaRow } from '@crowdforge/api-ideas';
import {
  DECISION_STATUS,
  type CriterionScore,
  type IdeaStatus,
  type ReviewOutcome,
  type RoundResults,
} from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import type { ReviewDecisionDto } from '../dto/decision.dto';
import { ReviewRoundRow } from '../rounds/review-round.entity';
import { RoundAccessRule } from '../rounds/round-access';
import { RoundIdeaRow } from '../rounds/round-idea.entity';
import { ReviewDecisionRow } from './review-decision.entity';
import { criterionAverages, roundResults } from './round-results';
import { resultsTable, tableCsv, tableXlsx, XLSX_TYPE, type ExportedFile, type ExportFormat } from './results-export';

/** Ideas nobody decides on any more. */
const SETTLED: ReadonlySet<IdeaStatus> = new Set(['withdrawn', 'merged']);

/**
 * After the reviewers: the organisers compare raw and normalised scores with the crowd's ranking and
 * decide per idea with feedback to the authors; the authors read the outcome, never who reviewed.
 */
@Injectable()
export class RoundResultsService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly rounds: RoundAccessRule,
    private readonly ideas: IdeaAccessRule,
    private readonly statuses: IdeaStatusService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async results(principal: Principal, roundId: string, cutoff?: number): Promise<RoundResults> {
    const viewer = await this.policy.viewerFor(principal);
    const { round } = await this.rounds.requireOrganiser(this.entityManager, viewer, roundId);
    return this.resultsOf(round, cutoff);
  }

  private async resultsOf(round: ReviewRoundRow, cutoff?: number): Promise<RoundResults> {
    const manager = this.entityManager;
    const roundId = round.id;
    const ideas: { id: string; title: string; status: IdeaStatus; vote_score: number }[] = await manager.query(
      `SELECT i.id, i.title, i.status, i.vote_score FROM review_round_ideas ri JOIN ideas i ON i.id = ri.idea_id
        WHERE ri.round_id = $1 ORDER BY ri.position`,
      [roundId],
    );
    const reviews: {
      idea_id: string;
      reviewer_id: string;
      state: string;
      scores: CriterionScore[];
      weighted_score: number | null;
    }[] = await manager.query(
      `SELECT idea_id, reviewer_id, state, scores, weighted_score FROM reviews WHERE round_id = $1 ORDER BY assigned_at, id`,
      [roundId],
    );
    const reviewers: { user_id: string; display_name: string }[] = await manager.query(
      `SELECT rr.user_id, u.display_name FROM review_round_reviewers rr JOIN users u ON u.id = rr.user_id
        WHERE rr.round_id = $1 ORDER BY rr.position`,
      [roundId],
    );
    const decisions = await manager.find(ReviewDecisionRow, { where: { roundId } });
    return roundResults({
      roundId,
      scorecard: round.scorecard,
      ideas: ideas.map((idea) => ({ id: idea.id, title: idea.title, status: idea.status, voteScore: idea.vote_score })),
      reviews: reviews.map((review) => ({
        ideaId: review.idea_id,
        reviewerId: review.reviewer_id,
        state: review.state,
        scores: review.scores,
        weightedScore: review.weighted_score,
      })),
      reviewers: reviewers.map((reviewer) => ({ userId: reviewer.user_id, displayName: reviewer.display_name })),
      decisions: new Map(
        decisions.map((decision) => [
          decision.ideaId,
          {
            decision: decision.decision,
            feedback: decision.feedback,
            shareCriteria: decision.shareCriteria,
            decidedAt: decision.decidedAt.toISOString(),
          },
        ]),
      ),
      cutoff: cutoff ?? Math.max(1, Math.ceil(ideas.length / 3)),
    });
  }

  /**
   * Decides on an idea of an open or closed round: its status follows the decision (history and
   * the authors told, with the feedback); `advance` puts it on the next round's shortlist.
   */
  async decide(principal: Principal, roundId: string, ideaId: string, input: ReviewDecisionDto): Promise<RoundResults> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { round } = await this.rounds.requireOrganiser(manager, viewer, roundId, true);
      if (round.state === 'setup')
        throw new ProblemException(
          409,
          'conflict',
          'The round is still being set up: decide once it has been reviewed.',
        );
      if (!(await manager.exists(RoundIdeaRow, { where: { roundId, ideaId } })))
        throw new ProblemException(404, 'not_found', 'This idea is not on the round’s shortlist.');
      const { idea } = await this.ideas.require(manager, viewer, ideaId, { lock: true });
      if (SETTLED.has(idea.status)) throw new ProblemException(409, 'conflict', `This idea is ${idea.status}.`);
      const previous = await manager.findOne(ReviewDecisionRow, { where: { roundId, ideaId } });
      const next = await this.nextRound(manager, round);
      if (previous?.decision === 'advance' && input.decision !== 'advance' && next?.state === 'setup')
        await manager.delete(RoundIdeaRow, { roundId: next.id, ideaId });
      if (input.decision === 'advance') await this.advance(manager, next, ideaId);
      const status = DECISION_STATUS[input.decision];
      if (idea.status !== status)
        await this.statuses.moveOn(manager, idea, { status, message: input.feedback }, principal.userId);
      else await this.tellAuthors(manager, idea, input.feedback);
      const decidedAt = this.clock.now();
      await manager.save(
        manager.create(ReviewDecisionRow, {
          roundId,
          ideaId,
          decision: input.decision,
          feedback: input.feedback,
          shareCriteria: input.shareCriteria,
          decidedById: principal.userId,
          decidedAt,
        }),
      );
      await this.audit.append(
        {
          action: 'review_decided',
          objectType: 'review_round',
          objectId: roundId,
          data: {
            ideaId,
            decision: input.decision,
            shareCriteria: input.shareCriteria,
            previous: previous ? { decision: previous.decision, feedback: previous.feedback } : null,
          },
        },
        manager,
      );
    });
    return this.results(principal, roundId);
  }

  /** The results as a CSV or XLSX file (organisers); every export is audited. */
  async export(principal: Principal, roundId: string, format: ExportFormat): Promise<ExportedFile> {
    const viewer = await this.policy.viewerFor(principal);
    const { round } = await this.rounds.requireOrganiser(this.entityManager, viewer, roundId);
    const table = resultsTable(await this.resultsOf(round), round.scorecard);
    await this.audit.append({
      action: 'review_results_exported',
      objectType: 'review_round',
      objectId: roundId,
      data: { format },
    });
    const name = `review-${round.position}-${roundId}`;
    return format === 'csv'
      ? { data: tableCsv(table), type: 'text/csv; charset=utf-8', filename: `${name}.csv` }
      : { data: await tableXlsx(table, round.name), type: XLSX_TYPE, filename: `${name}.xlsx` };
  }

  /** The decisions on an idea, round by round, for its authors (and organisers). */
  async outcomes(principal: Principal, ideaId: string): Promise<ReviewOutcome[]> {
    const viewer = await this.policy.viewerFor(principal);
    const manager = this.entityManager;
    const { isAuthor, challenge } = await this.ideas.require(manager, viewer, ideaId);
    if (!isAuthor && !challenge.canManage)
      throw new ProblemException(403, 'forbidden', 'Only the authors of this idea read its review outcomes.');
    const rows: {
      round_id: string;
      round_name: string;
      scorecard: ReviewRoundRow['scorecard'];
      decision: ReviewDecisionRow['decision'];
      feedback: string;
      share_criteria: boolean;
      decided_at: Date;
    }[] = await manager.query(
      `SELECT d.round_id, o.name AS round_name, o.scorecard, d.decision, d.feedback, d.share_criteria, d.decided_at
         FROM review_decisions d JOIN review_rounds o ON o.id = d.round_id
        WHERE d.idea_id = $1 ORDER BY o.position`,
      [ideaId],
    );
    const outcomes: ReviewOutcome[] = [];
    for (const row of rows) {
      const submitted: { scores: CriterionScore[] }[] = row.share_criteria
        ? await manager.query(
            `SELECT scores FROM reviews WHERE round_id = $1 AND idea_id = $2 AND state = 'submitted'`,
            [row.round_id, ideaId],
          )
        : [];
      outcomes.push({
        roundName: row.round_name,
        decision: row.decision,
        feedback: row.feedback,
        decidedAt: row.decided_at.toISOString(),
        criteria: row.share_criteria ? criterionAverages(row.scorecard, submitted) : null,
      });
    }
    return outcomes;
  }

  private nextRound(manager: EntityManager, round: ReviewRoundRow): Promise<ReviewRoundRow | null> {
    return manager.findOne(ReviewRoundRow, { where: { challengeId: round.challengeId, position: round.position + 1 } });
  }

  private async advance(manager: EntityManager, next: ReviewRoundRow | null, ideaId: string): Promise<void> {
    if (!next || next.state !== 'setup')
      throw new ProblemException(
        409,
        'conflict',
        'Advancing needs a next round that is still being set up: add it first.',
      );
    await manager.query(
      `INSERT INTO review_round_ideas (round_id, idea_id, position)
       SELECT $1, $2, coalesce(max(position), -1) + 1 FROM review_round_ideas WHERE round_id = $1
       ON CONFLICT DO NOTHING`,
      [next.id, ideaId],
    );
  }

  /** A decision that leaves the status as it is still reaches the authors. */
  private async tellAuthors(manager: EntityManager, idea: IdeaRow, feedback: string): Promise<void> {
    const authors: { user_id: string }[] = await manager.query(`SELECT user_id FROM idea_authors WHERE idea_id = $1`, [
      idea.id,
    ]);
    for (const author of authors) {
      await this.notifications.notify(
        author.user_id,
        {
          type: 'decision',
          title: { en: `A decision on “${idea.title}”`, nl: `Een besluit over “${idea.title}”` },
          body: { en: feedback, nl: feedback },
          link: `/ideas/${idea.id}`,
        },
        { manager },
      );
    }
  }
}
