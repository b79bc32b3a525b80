import type { QueuedMail } from './mail-message';

/** Where the mail job hands a message: an SMTP server, or the outbox table when none is configured. */
export abstract class MailTransport {
  /** For the start-up log line; never contains credentials. */
  abstract readonly description: string;

  /**
   * Delivers one message and says where it went, for the log. Throws to have the job retried.
   * `deliveryId` is the same for every attempt at one message.
   */
  abstract deliver(message: QueuedMail, deliveryId: string): Promise<string>;
}
