import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import { NotificationsService } from '@crowdforge/api-engagement';
import { ChallengePolicy } from '@crowdforge/api-challenges';
import type { IdeaDetail, IdeaStatus } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { IdeaAuthorRow } from '../authors/idea-author.entity';
import type { IdeaStatusDto } from '../dto/idea.dto';
import { IdeaStatusChangeRow } from '../history/status-change.entity';
import { IdeaAccessRule } from '../idea-access';
import { IdeaDetails } from '../idea-details';
import { IdeaRow } from '../idea.entity';

/** Statuses only the authors (withdrawn) or a merge can leave or set. */
const FINAL: ReadonlySet<IdeaStatus> = new Set(['withdrawn', 'merged']);

/** The organisers move an idea on, and every change tells its authors why. */
@Injectable()
export class IdeaStatusService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly access: IdeaAccessRule,
    private readonly details: IdeaDetails,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async change(principal: Principal, ideaId: string, input: IdeaStatusDto): Promise<IdeaDetail> {
    const viewer = await this.policy.viewerFor(principal);
    await this.entityManager.transaction(async (manager) => {
      const { idea, challenge } = await this.access.require(manager, viewer, ideaId, { lock: true });
      if (!challenge.canManage)
        throw new ProblemException(403, 'forbidden', 'Only the organisers of the challenge set the status of an idea.');
      if (FINAL.has(idea.status)) throw new ProblemException(409, 'conflict', `This idea is ${idea.status}.`);
      if (idea.status === input.status)
        throw new ProblemException(409, 'conflict', `This idea is already ${input.status.replace(/_/g, ' ')}.`);
      await this.moveOn(manager, idea, input, principal.userId);
    });
    return this.details.of(viewer, ideaId);
  }

  /**
   * Sets the status of an idea locked in `manager`'s transaction, records the change with its
   * message in the idea's history and the audit, and tells the authors.
   */
  async moveOn(manager: EntityManager, idea: IdeaRow, input: IdeaStatusDto, byId: string): Promise<void> {
    const now = this.clock.now();
    await manager.insert(IdeaStatusChangeRow, {
      ideaId: idea.id,
      from: idea.status,
      to: input.status,
      message: input.message,
      byId,
      at: now,
    });
    await manager.update(IdeaRow, { id: idea.id }, { status: input.status, updatedAt: now });
    await this.audit.append(
      {
        action: 'idea.status_changed',
        objectType: 'idea',
        objectId: idea.id,
        data: { from: idea.status, to: input.status },
      },
      manager,
    );
    await this.tellAuthors(manager, idea, input);
  }

  private async tellAuthors(manager: EntityManager, idea: IdeaRow, input: IdeaStatusDto): Promise<void> {
    const authors = await manager.find(IdeaAuthorRow, { where: { ideaId: idea.id } });
    const status = input.status.replace(/_/g, ' ');
    for (const author of authors) {
      await this.notifications.notify(
        author.userId,
        {
          type: 'status_change',
          title: { en: `“${idea.title}” is now ${status}`, nl: `Nieuwe status voor “${idea.title}”: ${status}` },
          body: { en: input.message, nl: input.message },
          link: `/ideas/${idea.id}`,
        },
        { manager },
      );
    }
  }
}
