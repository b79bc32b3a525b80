import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { ModerationLogPage } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { MODERATION_ACTION_PREFIX } from '../moderation-audit';

interface LogRow {
  id: string;
  action: string;
  object_type: string;
  object_id: string;
  actor_name: string | null;
  reason: string | null;
  occurred_at: Date;
  total: number;
}

/** The moderation actions in an organisation, newest first, read from the audit log. */
@Injectable()
export class ModerationLog {
  constructor(@InjectEntityManager() private readonly entityManager: EntityManager) {}

  async of(organisationId: string, page: { limit: number; offset: number }): Promise<ModerationLogPage> {
    const rows: LogRow[] = await this.entityManager.query(
      `SELECT a.id, a.action, a.object_type, a.object_id, u.display_name AS actor_name, a.data->>'reason' AS reason,
              a.occurred_at, count(*) OVER ()::int AS total
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
        WHERE a.action LIKE $1 AND a.data->>'organisationId' = $2
        ORDER BY a.occurred_at DESC, a.id DESC
        LIMIT $3 OFFSET $4`,
      [`${MODERATION_ACTION_PREFIX}%`, organisationId, page.limit, page.offset],
    );
    return {
      items: rows.map((row) => ({
        id: String(row.id),
        action: row.action,
        objectType: row.object_type,
        objectId: row.object_id,
        actorName: row.actor_name,
        reason: row.reason,
        occurredAt: row.occurred_at.toISOString(),
      })),
      total: rows[0]?.total ?? 0,
      limit: page.limit,
      offset: page.offset,
    };
  }
}
