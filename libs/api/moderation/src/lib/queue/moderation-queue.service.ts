import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { ProblemException } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import { ChallengePolicy, ChallengesService } from '@crowdforge/api-challenges';
import type { FlagResolution, ModerationKind, ModerationQueueItem } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import type { ModerationQueueQueryDto } from '../dto/moderation.dto';

const QUEUE_LIMIT = 200;

interface QueueRow {
  kind: ModerationKind;
  object_id: string;
  idea_id: string;
  idea_title: string;
  challenge_id: string;
  challenge_title: string;
  excerpt: string;
  author_id: string | null;
  author_name: string | null;
  hidden: boolean;
  comments_locked: boolean;
  open: boolean;
  flags: { reason: string; createdAt: string; resolution: FlagResolution | null }[];
  last_flagged_at: Date;
}

/**
 * What the moderators look at: each flagged idea or comment once, with its flags, most recently
 * flagged first; open while any of its flags waits for a decision.
 */
const QUEUE_SQL = `
  SELECT f.kind, f.object_id, f.idea_id, i.title AS idea_title, f.challenge_id, c.title AS challenge_title,
         CASE WHEN f.kind = 'comment' THEN left(cm.body, 500) ELSE i.pitch END AS excerpt,
         u.id AS author_id, u.display_name AS author_name,
         (CASE WHEN f.kind = 'comment' THEN cm.hidden_at ELSE i.hidden_at END) IS NOT NULL AS hidden,
         i.comments_locked_at IS NOT NULL AS comments_locked,
         bool_or(f.resolved_at IS NULL) AS open,
         json_agg(json_build_object('reason', f.reason, 'createdAt', f.created_at, 'resolution', f.resolution)
                  ORDER BY f.created_at) AS flags,
         max(f.created_at) AS last_flagged_at
    FROM moderation_flags f
    JOIN ideas i ON i.id = f.idea_id
    JOIN challenges c ON c.id = f.challenge_id
    LEFT JOIN idea_comments cm ON cm.id = f.comment_id
    LEFT JOIN users u ON u.id = CASE WHEN f.kind = 'comment' THEN cm.author_id ELSE i.created_by_id END
   WHERE f.organisation_id = $1 AND ($2::uuid IS NULL OR f.challenge_id = $2) AND ($3::text IS NULL OR f.kind = $3)
   GROUP BY f.kind, f.object_id, f.idea_id, f.challenge_id, i.id, c.id, cm.id, u.id
  HAVING $4::text IS NULL OR bool_or(f.resolved_at IS NULL) = ($4 = 'open')
   ORDER BY max(f.created_at) DESC, f.object_id
   LIMIT ${QUEUE_LIMIT}`;

@Injectable()
export class ModerationQueue {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly challenges: ChallengesService,
  ) {}

  /** The organisation's queue (the guard let only its moderators in). */
  ofOrganisation(organisationId: string, query: ModerationQueueQueryDto): Promise<ModerationQueueItem[]> {
    return this.read(organisationId, query);
  }

  /** One challenge's queue, for its organisers and moderators. */
  async ofChallenge(
    principal: Principal,
    challengeId: string,
    query: ModerationQueueQueryDto,
  ): Promise<ModerationQueueItem[]> {
    const viewer = await this.policy.viewerFor(principal);
    const challenge = await this.challenges.access(this.entityManager, viewer, challengeId, null);
    if (!challenge) throw new ProblemException(404, 'not_found', 'There is no such challenge.');
    if (!challenge.canModerate)
      throw new ProblemException(403, 'forbidden', 'Only the moderators and organisers of the challenge may do this.');
    return this.read(challenge.row.organisationId, { ...query, challengeId });
  }

  private async read(organisationId: string, query: ModerationQueueQueryDto): Promise<ModerationQueueItem[]> {
    const rows: QueueRow[] = await this.entityManager.query(QUEUE_SQL, [
      organisationId,
      query.challengeId ?? null,
      query.kind ?? null,
      query.state ?? null,
    ]);
    return rows.map((row) => ({
      kind: row.kind,
      objectId: row.object_id,
      ideaId: row.idea_id,
      ideaTitle: row.idea_title,
      challengeId: row.challenge_id,
      challengeTitle: row.challenge_title,
      excerpt: row.excerpt,
      authorId: row.author_id,
      authorName: row.author_name ?? 'Former member',
      hidden: row.hidden,
      commentsLocked: row.comments_locked,
      state: row.open ? 'open' : 'resolved',
      flags: row.flags.map((flag) => ({ ...flag, createdAt: new Date(flag.createdAt).toISOString() })),
      lastFlaggedAt: row.last_flagged_at.toISOString(),
    }));
  }
}
