import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { JobQueue } from '@crowdforge/api-platform';
import { NotificationsService } from '@crowdforge/api-engagement';
import type { Language, NotificationType } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';

const NOTIFY_JOB = 'challenges.notify';

/** Who hears of it: followers, participants too, or one named person. */
type Audience = 'followers' | 'followers_and_participants';

/** Something to tell people about a challenge; sent by a job so a request never waits for thousands of inboxes. */
export interface ChallengeNotice {
  challengeId: string;
  type: NotificationType;
  title: Record<Language, string>;
  body: Record<Language, string>;
  /** Path under /challenges/:id, e.g. `#questions`. */
  anchor?: string;
  audience?: Audience;
  /** Told as well (e.g. the asker of a question), unless they are the actor. */
  alsoTell?: string[];
  /** The person who did it hears nothing of it. */
  actorId: string | null;
}

@Injectable()
export class ChallengeNotices implements OnModuleInit {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<ChallengeNotice>({ name: NOTIFY_JOB, handler: (notice) => this.deliver(notice) });
  }

  /** Enqueued in the caller's transaction: told only if the change commits. */
  async send(manager: EntityManager, notice: ChallengeNotice): Promise<void> {
    await this.jobs.send(NOTIFY_JOB, notice, { manager });
  }

  async deliver(notice: ChallengeNotice): Promise<void> {
    const recipients = new Set([...(await this.recipients(notice)), ...(notice.alsoTell ?? [])]);
    if (notice.actorId) recipients.delete(notice.actorId);
    for (const userId of recipients) {
      await this.notifications.notify(userId, {
        type: notice.type,
        title: notice.title,
        body: notice.body,
        link: `/challenges/${notice.challengeId}${notice.anchor ?? ''}`,
      });
    }
  }

  private async recipients(notice: ChallengeNotice): Promise<string[]> {
    if (!notice.audience) return [];
    const participants =
      notice.audience === 'followers_and_participants'
        ? `UNION SELECT user_id FROM challenge_participants WHERE challenge_id = $1`
        : '';
    const rows: { user_id: string }[] = await this.entityManager.query(
      `SELECT user_id FROM challenge_followers WHERE challenge_id = $1 ${participants}`,
      [notice.challengeId],
    );
    return rows.map((row) => row.user_id);
  }
}
