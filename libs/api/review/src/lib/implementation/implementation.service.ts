import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, invalid, ProblemException, renderMarkdown } from '@crowdforge/api-platform';
import { NotificationsService } from '@crowdforge/api-engagement';
import type { Principal } from '@crowdforge/api-identity';
import { ChallengePolicy } from '@crowdforge/api-challenges';
import { IdeaAccessRule, type IdeaRow } from '@crowdforge/api-ideas';
import { IMPLEMENTATION_STATUSES, type IdeaStatus, type ImplementationView } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import type { ImplementationDto, ImplementationUpdateDto, MilestoneDto } from './implementation.dto';
import { ImplementationRow, ImplementationUpdateRow, MilestoneRow } from './implementation.entities';

const TRACKED: ReadonlySet<IdeaStatus> = new Set(IMPLEMENTATION_STATUSES);

/**
 * A selected idea followed into implementation: an owner, milestones, progress updates and the
 * value it realised, shown to everyone who sees the idea (the loop closes in public). The
 * organisers set it up; they and the owner keep it current.
 */
@Injectable()
export class ImplementationService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly ideas: IdeaAccessRule,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** For everyone who sees the idea; 404 until the organisers start tracking it. */
  async get(principal: Principal | null, ideaId: string, key: string | null = null): Promise<ImplementationView> {
    const viewer = await this.policy.viewerFor(principal);
    const { challenge } = await this.ideas.require(this.entityManager, viewer, ideaId, { key });
    const row = await this.entityManager.findOne(ImplementationRow, { where: { ideaId } });
    if (!row) throw new ProblemException(404, 'not_found', 'This idea has no implementation yet.');
    return this.view(row, challenge.canManage || (viewer.userId !== null && row.ownerId === viewer.userId));
  }

  /** Starts tracking a selected idea, or changes its owner and realised value (organisers). */
  async set(principal: Principal, ideaId: string, input: ImplementationDto): Promise<ImplementationView> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { idea, challenge } = await this.ideas.require(manager, viewer, ideaId, { lock: true });
      if (!challenge.canManage)
        throw new ProblemException(403, 'forbidden', 'Only the organisers of the challenge set up its implementation.');
      if (!TRACKED.has(idea.status))
        throw new ProblemException(409, 'conflict', 'Only a selected idea is followed into implementation.');
      if (input.ownerId && !(await this.isMember(manager, challenge.row.organisationId, input.ownerId)))
        throw invalid([{ field: 'ownerId', messages: ['the owner must be a member of the organisation'] }]);
      const before = await manager.findOne(ImplementationRow, { where: { ideaId } });
      await manager.save(
        manager.create(ImplementationRow, {
          ideaId,
          ownerId: input.ownerId?.toLowerCase() ?? null,
          realisedValue: input.realisedValue,
          updatedAt: this.clock.now(),
        }),
      );
      await this.record(manager, before ? 'implementation_changed' : 'implementation_started', idea, {
        ownerId: input.ownerId,
        before: before && { ownerId: before.ownerId, realisedValue: before.realisedValue },
      });
    });
    return this.get(principal, ideaId);
  }

  async addMilestone(principal: Principal, ideaId: string, input: MilestoneDto): Promise<ImplementationView> {
    await this.asEditor(principal, ideaId, async (manager, idea) => {
      const [{ next }]: { next: number }[] = await manager.query(
        `SELECT coalesce(max(position), -1) + 1 AS next FROM implementation_milestones WHERE idea_id = $1`,
        [ideaId],
      );
      await manager.insert(MilestoneRow, { ideaId, position: next, ...this.milestoneFields(input) });
      await this.record(manager, 'implementation_milestone_added', idea, { title: input.title });
    });
    return this.get(principal, ideaId);
  }

  async changeMilestone(
    principal: Principal,
    ideaId: string,
    milestoneId: string,
    input: MilestoneDto,
  ): Promise<ImplementationView> {
    await this.asEditor(principal, ideaId, async (manager, idea) => {
      const milestone = await manager.findOne(MilestoneRow, { where: { id: milestoneId, ideaId } });
      if (!milestone) throw new ProblemException(404, 'not_found', 'There is no such milestone.');
      const fields = this.milestoneFields(input);
      // A milestone done stays done when it was already: its date is when it was reached.
      await manager.update(
        MilestoneRow,
        { id: milestoneId },
        { ...fields, doneAt: input.done ? (milestone.doneAt ?? fields.doneAt) : null },
      );
      await this.record(manager, 'implementation_milestone_changed', idea, { milestoneId, ...input });
    });
    return this.get(principal, ideaId);
  }

  /** A progress update: everyone who follows the idea, and its authors, hear of it. */
  async addUpdate(principal: Principal, ideaId: string, input: ImplementationUpdateDto): Promise<ImplementationView> {
    await this.asEditor(principal, ideaId, async (manager, idea) => {
      await manager.insert(ImplementationUpdateRow, {
        ideaId,
        markdown: input.markdown,
        progress: input.progress,
        byId: principal.userId,
        at: this.clock.now(),
      });
      await this.record(manager, 'implementation_update_added', idea, { progress: input.progress });
      const listeners: { user_id: string }[] = await manager.query(
        `SELECT user_id FROM idea_authors WHERE idea_id = $1 UNION SELECT user_id FROM idea_followers WHERE idea_id = $1`,
        [ideaId],
      );
      for (const { user_id: userId } of listeners) {
        if (userId === principal.userId) continue;
        await this.notifications.notify(
          userId,
          {
            type: 'status_change',
            title: {
              en: `“${idea.title}” is ${input.progress}% implemented`,
              nl: `“${idea.title}” is voor ${input.progress}% uitgevoerd`,
            },
            body: { en: input.markdown.slice(0, 500), nl: input.markdown.slice(0, 500) },
            link: `/ideas/${ideaId}`,
          },
          { manager },
        );
      }
    });
    return this.get(principal, ideaId);
  }

  /** Runs `change` for the organisers or the owner, once tracking has started; 403 for anyone else who sees the idea. */
  private async asEditor(
    principal: Principal,
    ideaId: string,
    change: (manager: EntityManager, idea: IdeaRow) => Promise<void>,
  ): Promise<void> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { idea, challenge } = await this.ideas.require(manager, viewer, ideaId, { lock: true });
      const row = await manager.findOne(ImplementationRow, { where: { ideaId } });
      if (!challenge.canManage && row?.ownerId !== principal.userId)
        throw new ProblemException(
          403,
          'forbidden',
          'Only the organisers and the owner keep the implementation current.',
        );
      if (!row) throw new ProblemException(409, 'conflict', 'Set up the implementation (its owner) first.');
      await change(manager, idea);
      await manager.update(ImplementationRow, { ideaId }, { updatedAt: this.clock.now() });
    });
  }

  private milestoneFields(input: MilestoneDto) {
    return { title: input.title, dueOn: input.dueOn, doneAt: input.done ? this.clock.now() : null };
  }

  private async view(row: ImplementationRow, canEdit: boolean): Promise<ImplementationView> {
    const manager = this.entityManager;
    const [owner]: { id: string; display_name: string }[] = row.ownerId
      ? await manager.query(`SELECT id, display_name FROM users WHERE id = $1`, [row.ownerId])
      : [];
    const milestones = await manager.find(MilestoneRow, { where: { ideaId: row.ideaId }, order: { position: 'ASC' } });
    const updates: { id: string; markdown: string; progress: number; by: string | null; at: Date }[] =
      await manager.query(
        `SELECT up.id, up.markdown, up.progress, u.display_name AS by, up.at
           FROM implementation_updates up LEFT JOIN users u ON u.id = up.by_id
          WHERE up.idea_id = $1 ORDER BY up.at DESC, up.id DESC`,
        [row.ideaId],
      );
    return {
      ideaId: row.ideaId,
      owner: owner ? { id: owner.id, displayName: owner.display_name } : null,
      realisedValue: row.realisedValue,
      progress: updates[0]?.progress ?? 0,
      milestones: milestones.map((milestone) => ({
        id: milestone.id,
        title: milestone.title,
        dueOn: milestone.dueOn,
        doneAt: milestone.doneAt?.toISOString() ?? null,
      })),
      updates: updates.map((update) => ({
        id: update.id,
        text: { markdown: update.markdown, html: renderMarkdown(update.markdown) },
        progress: update.progress,
        by: update.by ?? '',
        at: update.at.toISOString(),
      })),
      canEdit,
    };
  }

  private async isMember(manager: EntityManager, organisationId: string, userId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM memberships WHERE organisation_id = $1 AND user_id = $2`, [
      organisationId,
      userId,
    ]);
    return rows.length > 0;
  }

  private record(manager: EntityManager, action: string, idea: IdeaRow, data: Record<string, unknown>) {
    return this.audit.append(
      { action, objectType: 'idea', objectId: idea.id, data: { challengeId: idea.challengeId, ...data } },
      manager,
    );
  }
}
