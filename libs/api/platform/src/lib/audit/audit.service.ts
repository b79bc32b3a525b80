import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { RequestContext } from '../context/request-context';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  action: string;
  objectType: string;
  objectId: string;
  /** Defaults to the signed-in caller of the current request. */
  actorId?: string | null;
  data?: Record<string, unknown>;
}

export interface AuditQuery {
  objectType?: string;
  objectId?: string;
  actorId?: string;
  limit?: number;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly context: RequestContext,
    private readonly clock: Clock,
  ) {}

  /** Pass the caller's transaction manager so the entry commits (or not) with the change it describes. */
  async append(record: AuditRecord, manager: EntityManager = this.entityManager): Promise<AuditEntry> {
    const entry = manager.create(AuditEntry, {
      action: record.action,
      objectType: record.objectType,
      objectId: record.objectId,
      actorId: record.actorId === undefined ? (this.context.actorId ?? null) : record.actorId,
      data: record.data ?? {},
      ip: this.context.ip ?? null,
      userAgent: this.context.userAgent?.slice(0, 400) ?? null,
      requestId: this.context.requestId ?? null,
      occurredAt: this.clock.now(),
    });
    return manager.save(entry);
  }

  find(query: AuditQuery): Promise<AuditEntry[]> {
    return this.entityManager.find(AuditEntry, {
      where: {
        ...(query.objectType && { objectType: query.objectType }),
        ...(query.objectId && { objectId: query.objectId }),
        ...(query.actorId && { actorId: query.actorId }),
      },
      order: { occurredAt: 'DESC', id: 'DESC' },
      take: Math.min(query.limit ?? 100, 500),
    });
  }
}
