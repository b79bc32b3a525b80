import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException } from '@crowdforge/api-platform';
import { NotificationsService } from '@crowdforge/api-engagement';
import type { Principal } from '@crowdforge/api-identity';
import { ChallengePolicy, type Viewer } from '@crowdforge/api-challenges';
import { IdeaMerging, IdeaModeration, type ModerationTarget } from '@crowdforge/api-ideas';
import type { IdeaStatus, MergeAnswerInput, MergeProposalInput, MergeProposalView } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { moderationRecord } from '../moderation-audit';
import { MergeProposalRow } from './merge-proposal.entity';

/** Ideas that can no longer take part in a merge. */
const SETTLED: ReadonlySet<IdeaStatus> = new Set(['draft', 'withdrawn', 'merged']);

const proposalNotFound = () => new ProblemException(404, 'not_found', 'There is no such merge proposal.');

/** The two ideas of a proposal as the caller sees them, locked for a change. */
interface Pair {
  merged: ModerationTarget;
  kept: ModerationTarget;
}

/**
 * Merging duplicates with consent: a moderator or an author proposes to merge one idea into
 * another of the same challenge; an author of each idea accepts (or declines, saying why), and the
 * merge happens as the second consent is given.
 */
@Injectable()
export class MergeProposals {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly ideas: IdeaModeration,
    private readonly merging: IdeaMerging,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async propose(principal: Principal, mergedId: string, input: MergeProposalInput): Promise<MergeProposalView> {
    const viewer = await this.policy.viewerFor(principal);
    const id = await this.entityManager.transaction(async (manager) => {
      const pair = await this.pair(manager, viewer, mergedId, input.intoIdeaId);
      const sides = sidesOf(pair, principal.userId);
      if (!pair.merged.challenge.canModerate && sides.length === 0)
        throw new ProblemException(
          403,
          'forbidden',
          'Only the moderators or the authors of these ideas may propose this.',
        );
      if (await manager.exists(MergeProposalRow, { where: { mergedIdeaId: mergedId, state: 'pending' } }))
        throw new ProblemException(409, 'conflict', 'A proposal to merge this idea already waits for its answers.');
      const now = this.clock.now();
      const row = await manager.save(
        manager.create(MergeProposalRow, {
          mergedIdeaId: mergedId,
          keptIdeaId: input.intoIdeaId,
          proposedById: principal.userId,
          reason: input.reason,
          state: 'pending',
          // Proposing for one's own idea is consenting for it.
          mergedConsentAt: sides.includes('merged') ? now : null,
          keptConsentAt: sides.includes('kept') ? now : null,
          createdAt: now,
        }),
      );
      await this.audit.append(this.record('merge_proposed', pair, row, input.reason), manager);
      await this.tell(
        manager,
        pair,
        principal.userId,
        {
          en: `Merge “${pair.merged.idea.title}” into “${pair.kept.idea.title}”?`,
          nl: `“${pair.merged.idea.title}” samenvoegen met “${pair.kept.idea.title}”?`,
        },
        input.reason,
      );
      await this.completeIfAgreed(manager, pair, row, principal.userId, now);
      return row.id;
    });
    return this.view(this.entityManager, id, principal.userId);
  }

  async answer(principal: Principal, proposalId: string, input: MergeAnswerInput): Promise<MergeProposalView> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const row = await manager.findOne(MergeProposalRow, {
        where: { id: proposalId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw proposalNotFound();
      // Someone who may not see both ideas learns nothing of the proposal.
      const pair = await this.targets(manager, viewer, row.mergedIdeaId, row.keptIdeaId).catch((error: unknown) => {
        throw error instanceof ProblemException && error.getStatus() === 404 ? proposalNotFound() : error;
      });
      const sides = sidesOf(pair, principal.userId);
      if (sides.length === 0)
        throw new ProblemException(403, 'forbidden', 'Only the authors of the two ideas answer a merge proposal.');
      if (row.state !== 'pending')
        throw new ProblemException(409, 'conflict', `This proposal was already ${row.state}.`);
      assertInPlay(pair);
      const now = this.clock.now();
      if (input.answer === 'decline') {
        Object.assign(row, {
          state: 'declined',
          declinedById: principal.userId,
          declineReason: input.reason,
          decidedAt: now,
        });
        await manager.save(row);
        await this.audit.append(this.record('merge_declined', pair, row, input.reason ?? null), manager);
        await this.tell(
          manager,
          pair,
          principal.userId,
          {
            en: `The merge of “${pair.merged.idea.title}” was declined`,
            nl: `De samenvoeging van “${pair.merged.idea.title}” is afgewezen`,
          },
          input.reason ?? '',
        );
        return;
      }
      if (sides.includes('merged')) row.mergedConsentAt ??= now;
      if (sides.includes('kept')) row.keptConsentAt ??= now;
      await manager.save(row);
      await this.audit.append(this.record('merge_accepted', pair, row, null), manager);
      await this.completeIfAgreed(manager, pair, row, principal.userId, now);
    });
    return this.view(this.entityManager, proposalId, principal.userId);
  }

  /** The proposals about an idea, for its authors, the other idea's authors and the moderators; none for others. */
  async about(principal: Principal, ideaId: string): Promise<MergeProposalView[]> {
    const viewer = await this.policy.viewerFor(principal);
    const target = await this.entityManager.transaction((manager) =>
      this.ideas.target(manager, viewer, 'idea', ideaId),
    );
    const rows = await this.entityManager.find(MergeProposalRow, {
      where: [{ mergedIdeaId: ideaId }, { keptIdeaId: ideaId }],
      order: { createdAt: 'DESC' },
    });
    const views = await Promise.all(rows.map((row) => this.view(this.entityManager, row.id, principal.userId)));
    const authors = await this.entityManager.query(
      `SELECT idea_id FROM idea_authors WHERE user_id = $1 AND idea_id = ANY($2)`,
      [principal.userId, rows.flatMap((row) => [row.mergedIdeaId, row.keptIdeaId])],
    );
    const authored = new Set((authors as { idea_id: string }[]).map((author) => author.idea_id));
    return views.filter(
      (view) => target.challenge.canModerate || authored.has(view.mergedIdea.id) || authored.has(view.keptIdea.id),
    );
  }

  /** Both ideas, visible to the caller and locked in a stable order, of one challenge and both still in play. */
  private async pair(manager: EntityManager, viewer: Viewer, mergedId: string, keptId: string): Promise<Pair> {
    if (mergedId === keptId) throw new ProblemException(409, 'conflict', 'An idea cannot be merged into itself.');
    const pair = await this.targets(manager, viewer, mergedId, keptId);
    if (pair.merged.idea.challengeId !== pair.kept.idea.challengeId)
      throw new ProblemException(409, 'conflict', 'Only ideas of the same challenge can be merged.');
    assertInPlay(pair);
    return pair;
  }

  /** Both ideas if the caller may see them (404 otherwise), locked in a stable order. */
  private async targets(manager: EntityManager, viewer: Viewer, mergedId: string, keptId: string): Promise<Pair> {
    const found = new Map<string, ModerationTarget>();
    for (const id of [mergedId, keptId].sort()) found.set(id, await this.ideas.target(manager, viewer, 'idea', id));
    return { merged: found.get(mergedId) as ModerationTarget, kept: found.get(keptId) as ModerationTarget };
  }

  private async completeIfAgreed(
    manager: EntityManager,
    pair: Pair,
    row: MergeProposalRow,
    byId: string,
    now: Date,
  ): Promise<void> {
    if (!row.mergedConsentAt || !row.keptConsentAt) return;
    await this.merging.fold(manager, row.mergedIdeaId, row.keptIdeaId, byId, now);
    await manager.update(MergeProposalRow, { id: row.id }, { state: 'accepted', decidedAt: now });
    await this.audit.append(this.record('ideas_merged', pair, row, null), manager);
  }

  /** Tells the authors of both ideas but the one who acted. */
  private async tell(
    manager: EntityManager,
    pair: Pair,
    actorId: string,
    title: { en: string; nl: string },
    message: string,
  ): Promise<void> {
    const authors = new Set([...pair.merged.authorIds, ...pair.kept.authorIds]);
    authors.delete(actorId);
    for (const userId of authors) {
      await this.notifications.notify(
        userId,
        { type: 'moderation', title, body: { en: message, nl: message }, link: `/ideas/${pair.merged.idea.id}` },
        { manager },
      );
    }
  }

  private record(action: string, pair: Pair, row: MergeProposalRow, reason: string | null) {
    return moderationRecord(
      action,
      pair.merged.challenge.row.organisationId,
      { type: 'idea_merge_proposal', id: row.id },
      {
        challengeId: pair.merged.challenge.row.id,
        mergedIdeaId: row.mergedIdeaId,
        keptIdeaId: row.keptIdeaId,
        reason,
      },
    );
  }

  private async view(manager: EntityManager, id: string, userId: string): Promise<MergeProposalView> {
    const row = await manager.findOneOrFail(MergeProposalRow, {
      where: { id },
      relations: { mergedIdea: true, keptIdea: true },
    });
    const authored: { idea_id: string }[] = await manager.query(
      `SELECT idea_id FROM idea_authors WHERE user_id = $1 AND idea_id = ANY($2)`,
      [userId, [row.mergedIdeaId, row.keptIdeaId]],
    );
    const authors = new Set(authored.map((author) => author.idea_id));
    const mayAnswer = (ideaId: string, consent: Date | null) =>
      row.state === 'pending' && !consent && authors.has(ideaId);
    return {
      id: row.id,
      mergedIdea: { id: row.mergedIdeaId, title: row.mergedIdea?.title ?? '', accepted: row.mergedConsentAt !== null },
      keptIdea: { id: row.keptIdeaId, title: row.keptIdea?.title ?? '', accepted: row.keptConsentAt !== null },
      reason: row.reason,
      state: row.state,
      declineReason: row.declineReason,
      createdAt: row.createdAt.toISOString(),
      decidedAt: row.decidedAt?.toISOString() ?? null,
      viewerMayAnswerFor: [
        ...(mayAnswer(row.mergedIdeaId, row.mergedConsentAt) ? (['merged'] as const) : []),
        ...(mayAnswer(row.keptIdeaId, row.keptConsentAt) ? (['kept'] as const) : []),
      ],
    };
  }
}

function assertInPlay({ merged, kept }: Pair): void {
  for (const { idea } of [merged, kept])
    if (SETTLED.has(idea.status))
      throw new ProblemException(409, 'conflict', `“${idea.title}” is ${idea.status}: it cannot be merged.`);
}

/** Which of the two ideas `userId` writes. */
function sidesOf(pair: Pair, userId: string): ('merged' | 'kept')[] {
  return [
    ...(pair.merged.authorIds.includes(userId) ? (['merged'] as const) : []),
    ...(pair.kept.authorIds.includes(userId) ? (['kept'] as const) : []),
  ];
}
