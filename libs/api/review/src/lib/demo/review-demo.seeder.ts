import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Clock, DemoSeeds } from '@crowdforge/api-platform';
import { DEMO_MODERATED } from '@crowdforge/api-ideas';
import { assignReviewers } from '@crowdforge/domain';
import type { CriterionScore, EvaluationCriterion } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { ImplementationRow, ImplementationUpdateRow, MilestoneRow } from '../implementation/implementation.entities';
import { ReviewRow } from '../reviews/review.entity';
import { reviewPool } from '../rounds/review-pool';
import { ReviewRoundRow } from '../rounds/review-round.entity';
import { RoundIdeaRow } from '../rounds/round-idea.entity';
import { RoundReviewerRow } from '../rounds/round-reviewer.entity';
import { scorecardFromCriteria, weightedScoreOf } from '../rounds/scorecard';

const DAY = 24 * 60 * 60 * 1000;

const REVIEWERS = [
  { email: 'reviewer@demo.crowdforge.test', expertise: ['packaging', 'product'] },
  { email: 'orgadmin@demo.crowdforge.test', expertise: ['retail'] },
];

/** The organisation admin has scored the first two ideas; the reviewer has a draft on one. */
const SUBMITTED_BY = 'orgadmin@demo.crowdforge.test';
const SCORES: { score: number; comment: string }[][] = [
  [
    { score: 4, comment: 'People ask for this in the shops.' },
    { score: 3, comment: '' },
  ],
  [
    { score: 2, comment: 'Hard to tell who would buy it.' },
    { score: 4, comment: '' },
  ],
];

const IMPLEMENTED = {
  title: 'A tea flight with three Dutch herbs',
  owner: 'manager@demo.crowdforge.test',
  realisedValue: 'Sold 240 flights in the first two weeks.',
  milestones: [
    { title: 'Contracts with the three farms', dueInDays: -10, doneDaysAgo: 12 },
    { title: 'Tea flight on the menu in Amsterdam', dueInDays: 14, doneDaysAgo: null },
  ],
  update: 'The farms in Zeeland, Drenthe and Limburg signed. **Tasting for the staff** is next week.',
};

/**
 * A review round in progress on the tea challenge (the crowd's top ideas in the running, at most
 * four; two reviewers; due in a week), and the café's selected idea being implemented.
 */
@Injectable()
export class ReviewDemoSeeder implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.seeds.register({ name: 'review.demo', order: 50, run: (manager) => this.run(manager) });
  }

  private async run(manager: EntityManager): Promise<void> {
    await this.roundInProgress(manager);
    await this.implementationUnderWay(manager);
  }

  /** The café's selected tea flight, on its way: the manager owns it, one milestone reached, 30% done. */
  private async implementationUnderWay(manager: EntityManager): Promise<void> {
    const [idea]: { id: string }[] = await manager.query(
      `SELECT id FROM ideas WHERE title = $1 AND status = 'selected'`,
      [IMPLEMENTED.title],
    );
    const [owner]: { id: string }[] = await manager.query(`SELECT id FROM users WHERE email = $1`, [IMPLEMENTED.owner]);
    if (!idea || !owner) return;
    const now = this.clock.now().getTime();
    await manager.insert(ImplementationRow, {
      ideaId: idea.id,
      ownerId: owner.id,
      realisedValue: IMPLEMENTED.realisedValue,
      updatedAt: new Date(now - 2 * DAY),
    });
    await manager.insert(
      MilestoneRow,
      IMPLEMENTED.milestones.map((milestone, position) => ({
        ideaId: idea.id,
        position,
        title: milestone.title,
        dueOn: new Date(now + milestone.dueInDays * DAY).toISOString().slice(0, 10),
        doneAt: milestone.doneDaysAgo === null ? null : new Date(now - milestone.doneDaysAgo * DAY),
      })),
    );
    await manager.insert(ImplementationUpdateRow, {
      ideaId: idea.id,
      markdown: IMPLEMENTED.update,
      progress: 30,
      byId: owner.id,
      at: new Date(now - 2 * DAY),
    });
  }

  private async roundInProgress(manager: EntityManager): Promise<void> {
    const [challenge]: { id: string; criteria: EvaluationCriterion[] }[] = await manager.query(
      `SELECT id, criteria FROM challenges WHERE title = $1`,
      [DEMO_MODERATED.challenge],
    );
    if (!challenge) return;
    const people: { email: string; id: string }[] = await manager.query(
      `SELECT email, id FROM users WHERE email = ANY($1)`,
      [REVIEWERS.map((reviewer) => reviewer.email)],
    );
    const idOf = new Map(people.map((person) => [person.email, person.id]));
    const now = this.clock.now();
    const round = await manager.save(
      manager.create(ReviewRoundRow, {
        challengeId: challenge.id,
        position: 1,
        name: 'Technical review',
        state: 'open',
        reviewersPerIdea: 2,
        dueAt: new Date(now.getTime() + 7 * DAY),
        blind: true,
        scorecard: scorecardFromCriteria(challenge.criteria),
        createdAt: new Date(now.getTime() - 2 * DAY),
        updatedAt: new Date(now.getTime() - 2 * DAY),
      }),
    );
    const top: { id: string }[] = await manager.query(
      `SELECT id FROM ideas WHERE challenge_id = $1 AND status IN ('submitted', 'under_review', 'shortlisted')
          AND hidden_at IS NULL ORDER BY vote_score DESC, created_at DESC LIMIT 4`,
      [challenge.id],
    );
    await manager.insert(
      RoundIdeaRow,
      top.map((idea, position) => ({ roundId: round.id, ideaId: idea.id, position })),
    );
    await manager.insert(
      RoundReviewerRow,
      REVIEWERS.flatMap(({ email, expertise }, position) => {
        const userId = idOf.get(email);
        return userId ? [{ roundId: round.id, userId, expertise, position }] : [];
      }),
    );
    const assigned = assignReviewers({ ...(await reviewPool(manager, round)), reviewersPerIdea: 2 });
    if (!assigned.ok) return;
    const scoredBy = idOf.get(SUBMITTED_BY);
    let scored = 0;
    for (const { ideaId, reviewerId } of assigned.assignments) {
      const sheet = reviewerId === scoredBy ? SCORES[scored++] : undefined;
      const scores: CriterionScore[] = sheet
        ? round.scorecard.map((criterion, index) => ({ criterion: criterion.key, ...sheet[index % sheet.length] }))
        : [];
      const at = new Date(now.getTime() - DAY);
      await manager.insert(ReviewRow, {
        roundId: round.id,
        ideaId,
        reviewerId,
        state: sheet ? 'submitted' : 'assigned',
        scores,
        comment: sheet ? 'Worth a prototype.' : '',
        weightedScore: sheet ? weightedScoreOf(round.scorecard, scores) : null,
        assignedAt: new Date(now.getTime() - 2 * DAY),
        updatedAt: at,
        submittedAt: sheet ? at : null,
      });
    }
  }
}
