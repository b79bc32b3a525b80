import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { DatabaseUrl } from '../database/database-url';
import { Environment } from '../config/environment';

export type JobHandler<T> = (data: T, job: { id: string; name: string }) => Promise<void>;

export interface JobDefinition<T> {
  name: string;
  handler: JobHandler<T>;
  /** Failed jobs are retried with exponential backoff. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** How many jobs one instance works at once. */
  concurrency?: number;
}

export interface SendOptions {
  /** Enqueue inside the caller's transaction: the job exists only if that transaction commits. */
  manager?: EntityManager;
  startAfter?: Date;
  /** At most one queued job per key (e.g. one digest per person). */
  singletonKey?: string;
}

/**
 * PostgreSQL-backed jobs (pg-boss). Every instance can enqueue; instances with
 * JOBS_ENABLED work them. Workers lock jobs with SKIP LOCKED, so a job runs on
 * one instance only, and a scheduled job fires once per slot across the cluster.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly definitions = new Map<string, JobDefinition<never>>();
  private readonly schedules = new Map<string, string>();
  private boss?: PgBoss;
  private stopping = false;

  constructor(
    private readonly databaseUrl: DatabaseUrl,
    private readonly environment: Environment,
  ) {}

  /** Call from a module's onModuleInit; the queue is created when the application starts. */
  register<T>(definition: JobDefinition<T>): void {
    this.definitions.set(definition.name, definition as JobDefinition<never>);
  }

  /** Runs `name` on a cron schedule (UTC); the job must be registered. */
  schedule(name: string, cron: string): void {
    this.schedules.set(name, cron);
  }

  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    const boss = this.started();
    return boss.send(name, data, {
      ...(options.startAfter && { startAfter: options.startAfter }),
      ...(options.singletonKey && { singletonKey: options.singletonKey }),
      ...(options.manager && { db: transactionalDb(options.manager) }),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    const boss = new PgBoss({
      connectionString: this.databaseUrl.value,
      schema: 'pgboss',
      max: 4,
      application_name: 'crowdforge-jobs',
      schedule: this.environment.JOBS_ENABLED,
      supervise: this.environment.JOBS_ENABLED,
    });
    boss.on('error', (error) => {
      if (!this.stopping) this.logger.error(`Job queue error: ${error.message}`);
    });
    await boss.start();
    this.boss = boss;
    for (const definition of this.definitions.values()) {
      await boss.createQueue(definition.name, {
        name: definition.name,
        retryLimit: definition.retryLimit ?? 5,
        retryDelay: definition.retryDelaySeconds ?? 10,
        retryBackoff: true,
      });
      if (this.environment.JOBS_ENABLED) await this.work(boss, definition);
    }
    for (const [name, cron] of this.schedules) await boss.schedule(name, cron, {}, { tz: 'UTC' });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.boss = undefined;
  }

  private async work(boss: PgBoss, definition: JobDefinition<never>): Promise<void> {
    const concurrency = definition.concurrency ?? 1;
    for (let worker = 0; worker < concurrency; worker++) {
      await boss.work<never>(definition.name, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => {
        await definition.handler(job.data, { id: job.id, name: job.name });
      });
    }
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('The job queue is not started yet');
    return this.boss;
  }
}

function transactionalDb(manager: EntityManager): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await manager.query(text, values) }) };
}
