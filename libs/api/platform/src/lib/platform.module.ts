import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditService } from './audit/audit.service';
import { Clock, SystemClock } from './clock/clock';
import { Environment } from './config/environment';
import { RequestContext, type RequestContextStore } from './context/request-context';
import { buildDataSourceOptions, type DatabaseSchema } from './database/data-source-options';
import { DatabaseUrl } from './database/database-url';
import { ProblemFilter } from './errors/problem.filter';
import { DomainEvents } from './events/domain-events';
import { HealthController } from './health/health.controller';
import { KeyValueStore } from './kv/key-value-store';
import { MemoryStore } from './kv/memory-store';
import { RedisStore } from './kv/redis-store';
import { createLoggerModule } from './logging/logger.module';
import { MailDeliveryPolicy, Mailer } from './mail/mailer';
import { MailOutbox } from './mail/mail-outbox';
import { OutboxController } from './mail/outbox.controller';
import { MailOutboxMessage } from './mail/mail-outbox-message.entity';
import { MailTransport } from './mail/mail-transport';
import { SmtpTransport } from './mail/smtp-transport';
import { JobQueue } from './queue/job-queue.service';
import { DemoSeeds } from './seed/demo-seeds.service';
import { RateLimiter } from './rate-limit/rate-limiter';
import { SeedRun } from './seed/seed-run.entity';

export const PLATFORM_ENTITIES = [AuditEntry, SeedRun, MailOutboxMessage];

export interface PlatformOptions {
  environment: Environment;
  databaseUrl: string;
  /** Every entity and migration of the application, platform ones included. */
  schema: DatabaseSchema;
}

const SERVICES = [RequestContext, AuditService, DomainEvents, JobQueue, DemoSeeds, RateLimiter, Mailer, MailOutbox];

/**
 * The kernel every capability uses: configuration, database, errors, logs, jobs, clock, audit, events,
 * key-value store, rate limits, mail, seeds. Access rules are declared here and enforced by the identity module.
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { environment } = options;
    return {
      module: PlatformModule,
      global: true,
      imports: [
        ClsModule.forRoot({
          global: true,
          middleware: {
            mount: true,
            setup: (cls, request: { id: string; ip?: string; headers: Record<string, string | undefined> }) => {
              const store = cls as unknown as {
                set<K extends keyof RequestContextStore>(key: K, value: RequestContextStore[K]): void;
              };
              store.set('requestId', request.id);
              store.set('ip', request.ip);
              store.set('userAgent', request.headers['user-agent']);
            },
          },
        }),
        createLoggerModule(environment),
        EventEmitterModule.forRoot({ wildcard: false }),
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions(options.databaseUrl, options.schema, environment.DATABASE_POOL_SIZE),
          retryAttempts: 3,
          retryDelay: 1_000,
        }),
      ],
      controllers: [HealthController, OutboxController],
      providers: [
        ...SERVICES,
        { provide: Environment, useValue: environment },
        { provide: DatabaseUrl, useValue: new DatabaseUrl(options.databaseUrl) },
        { provide: Clock, useClass: SystemClock },
        {
          provide: KeyValueStore,
          inject: [Clock],
          useFactory: (clock: Clock) =>
            environment.REDIS_URL ? new RedisStore(environment.REDIS_URL) : new MemoryStore(clock),
        },
        { provide: MailDeliveryPolicy, useValue: new MailDeliveryPolicy() },
        {
          provide: MailTransport,
          inject: [MailOutbox],
          useFactory: (outbox: MailOutbox) =>
            environment.SMTP_URL ? new SmtpTransport(environment.SMTP_URL, environment.MAIL_FROM) : outbox,
        },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
      exports: [...SERVICES, Environment, DatabaseUrl, Clock, KeyValueStore],
    };
  }
}
