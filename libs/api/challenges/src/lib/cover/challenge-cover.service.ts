import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, ProblemException } from '@crowdforge/api-platform';
import { Attachments, prepareUpload, type OpenedFile, type Upload } from '@crowdforge/api-files';
import type { Principal } from '@crowdforge/api-identity';
import type { ChallengeDetail, ImageSize } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { ChallengePolicy } from '../challenge-policy';
import { ChallengeRow } from '../challenge.entity';
import { ChallengesService } from '../challenges.service';

const noCover = () => new ProblemException(404, 'not_found', 'This challenge has no such cover image.');

/** A challenge's cover image: set and removed by its organisers, seen by whoever sees the challenge. */
@Injectable()
export class ChallengeCoverService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly challenges: ChallengesService,
    private readonly attachments: Attachments,
    private readonly audit: AuditService,
  ) {}

  async replace(principal: Principal, challengeId: string, upload: Upload): Promise<ChallengeDetail> {
    const viewer = await this.policy.viewerFor(principal);
    // Checked before the image is processed, and again, under a lock, when it is recorded.
    await this.entityManager.transaction((manager) => this.challenges.requireManageable(manager, viewer, challengeId));
    const prepared = await prepareUpload(upload.data, upload.declaredName, ['image']);
    const previous = await this.attachments.add(principal.userId, prepared, async (manager, attachment) => {
      const { row } = await this.challenges.requireManageable(manager, viewer, challengeId);
      await manager.update(ChallengeRow, { id: challengeId }, { coverAttachmentId: attachment.id });
      await this.dropCover(manager, row.coverAttachmentId);
      await this.audit.append(
        {
          action: 'challenge.cover_set',
          objectType: 'challenge',
          objectId: challengeId,
          data: { attachmentId: attachment.id },
        },
        manager,
      );
      return row.coverAttachmentId;
    });
    if (previous) await this.attachments.discardFiles([previous]);
    return this.challenges.get(principal, challengeId);
  }

  async remove(principal: Principal, challengeId: string): Promise<void> {
    const viewer = await this.policy.viewerFor(principal);
    const previous = await this.entityManager.transaction(async (manager) => {
      const { row } = await this.challenges.requireManageable(manager, viewer, challengeId);
      if (!row.coverAttachmentId) throw noCover();
      await manager.update(ChallengeRow, { id: challengeId }, { coverAttachmentId: null });
      await this.dropCover(manager, row.coverAttachmentId);
      await this.audit.append(
        { action: 'challenge.cover_removed', objectType: 'challenge', objectId: challengeId },
        manager,
      );
      return row.coverAttachmentId;
    });
    await this.attachments.discardFiles([previous]);
  }

  /** The cover, if `coverId` is still the challenge's cover and the caller may see the challenge. */
  async open(
    principal: Principal | null,
    challengeId: string,
    coverId: string,
    options: { key: string | null; size?: ImageSize },
  ): Promise<OpenedFile> {
    const viewer = await this.policy.viewerFor(principal);
    const access = await this.challenges.access(this.entityManager, viewer, challengeId, options.key);
    if (!access) throw new ProblemException(404, 'not_found', 'There is no such challenge.');
    if (access.row.coverAttachmentId !== coverId) throw noCover();
    const [attachment] = await this.attachments.find(this.entityManager, [coverId]);
    if (!attachment) throw noCover();
    return this.attachments.open(attachment, options.size);
  }

  private async dropCover(manager: EntityManager, attachmentId: string | null): Promise<void> {
    if (attachmentId) await this.attachments.delete(manager, [attachmentId]);
  }
}
