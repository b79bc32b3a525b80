import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { JobQueue } from '../queue/job-queue.service';
import type { MailLanguage, MailMessage, QueuedMail } from './mail-message';
import { MailTransport } from './mail-transport';
import { renderTemplate } from './render-template';
import type { MailTemplateData, MailTemplateName } from './templates/mail-templates';

/** How mail jobs are retried. With exponential backoff, 8 retries from 30 s span about 2 to 4 hours. */
export class MailDeliveryPolicy {
  retryLimit = 8;
  retryDelaySeconds = 30;
  /** Deliveries one instance makes at once. */
  concurrency = 2;
}

export interface MailSendOptions {
  /** Send only if the caller's transaction commits. */
  manager?: EntityManager;
}

export const MAIL_JOB = 'mail.deliver';

const SINGLE_ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+$/;

/**
 * Sends mail in the background: `send` enqueues a job (optionally in the caller's transaction) and
 * returns at once; the job hands the message to the transport and is retried with backoff when it fails.
 */
@Injectable()
export class Mailer implements OnModuleInit {
  private readonly logger = new Logger('Mailer');

  constructor(
    private readonly jobs: JobQueue,
    private readonly transport: MailTransport,
    private readonly policy: MailDeliveryPolicy,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register<QueuedMail>({
      name: MAIL_JOB,
      retryLimit: this.policy.retryLimit,
      retryDelaySeconds: this.policy.retryDelaySeconds,
      concurrency: this.policy.concurrency,
      handler: (mail, job) => this.deliver(mail, job.id),
    });
    this.logger.log(`Mail goes to ${this.transport.description}`);
  }

  /** Enqueues the message; resolves to the delivery (job) id that every log line about it carries. */
  async send(message: MailMessage, options: MailSendOptions = {}): Promise<string> {
    if (!SINGLE_ADDRESS.test(message.to)) {
      throw new Error(`A mail goes to exactly one address (got ${JSON.stringify(message.to)})`);
    }
    const mail: QueuedMail = { ...message, sentAt: this.clock.now().toISOString() };
    const id = await this.jobs.send(MAIL_JOB, mail, { manager: options.manager });
    if (!id) throw new Error('The mail job was not enqueued');
    const when = options.manager ? ' (if the caller’s transaction commits)' : '';
    this.logger.log(`Mail ${id} (${message.template}) to ${message.to}: queued${when}`);
    return id;
  }

  /** Renders a template in the recipient's language and sends it. */
  async sendTemplate<N extends MailTemplateName>(
    to: string,
    template: N,
    data: MailTemplateData[N],
    language: MailLanguage,
    options: MailSendOptions = {},
  ): Promise<string> {
    return this.send({ to, template, language, ...renderTemplate(template, data, language) }, options);
  }

  private async deliver(mail: QueuedMail, deliveryId: string): Promise<void> {
    const label = `Mail ${deliveryId} (${mail.template}) to ${mail.to}`;
    try {
      this.logger.log(`${label}: delivered, ${await this.transport.deliver(mail, deliveryId)}`);
    } catch (error) {
      const retries = `retried up to ${this.policy.retryLimit} times with backoff`;
      this.logger.warn(`${label}: delivery failed (${retries}): ${(error as Error).message}`);
      throw error;
    }
  }
}
